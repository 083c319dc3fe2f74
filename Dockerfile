# Multi-stage build: compile and package with Maven, run the jar on a JRE as a non-root user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY bot/pom.xml bot/
RUN mvn -B -q -pl bot -am dependency:go-offline || true
COPY bot bot
COPY knowledge-base knowledge-base
RUN mvn -B -q -pl bot -am package -DskipTests -Dcds.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin bot \
	&& mkdir -p /app /data && chown bot /data
WORKDIR /app
COPY --from=build /src/bot/target/talent-bridge-bot.jar /tmp/talent-bridge-bot.jar
# The articles also sit outside the jar, so staff can mount a newer copy and reload it.
COPY knowledge-base /app/knowledge-base
# Unpacked, with a class data archive of one start (Spring Boot's CDS recipe): a start reads classes
# from the archive instead of the nested jar, a third less CPU on two cores.
RUN java -Djarmode=tools -jar /tmp/talent-bridge-bot.jar extract --destination /app/bot \
	&& rm /tmp/talent-bridge-bot.jar \
	&& DATA_DIR=/tmp/cds-data KNOWLEDGE_BASE_DIR=/app/knowledge-base java -XX:ArchiveClassesAtExit=/app/bot/bot.jsa \
		-jar /app/bot/talent-bridge-bot.jar --bot.exit-when-ready=true --server.port=0 \
	&& rm -rf /tmp/cds-data
ENV DATA_DIR=/data \
	KNOWLEDGE_BASE_DIR=/app/knowledge-base \
	JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
USER bot
EXPOSE 8080
VOLUME ["/data"]
# Alive while the process can work (the liveness group), on the port it listens on (PORT), judged by
# the HTTP status: a bot without Redis is not ready, but restarting it would not help.
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && read -r status <&3 && [[ $status == HTTP/1.?' 200'* ]]"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/bot/bot.jsa", "-jar", "/app/bot/talent-bridge-bot.jar"]

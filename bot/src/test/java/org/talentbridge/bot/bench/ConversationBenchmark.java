package org.talentbridge.bot.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.talentbridge.bot.BotApplication;
import org.talentbridge.bot.conversation.Channel;
import org.talentbridge.bot.conversation.Conversation;
import org.talentbridge.bot.conversation.IncomingMessage;
import org.talentbridge.bot.conversation.Language;
import org.talentbridge.bot.conversation.Response;
import org.talentbridge.bot.knowledge.KnowledgeBase;
import org.talentbridge.bot.knowledge.SearchResult;

/**
 * In-process answer latency, sampled per call: the whole conversation (Redis round trips to the
 * embedded server included) and the knowledge-base search alone. JMH prints p50, p99 and more.
 * The warm-up is long because C2 goes on compiling the answer path for about 35 s after start
 * (JFR's compilation events); with 9 s of warm-up the figures measured the compiler as well.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ConversationBenchmark {

	private ConfigurableApplicationContext context;

	private Conversation conversation;

	private KnowledgeBase knowledgeBase;

	private List<String> messages;

	private final AtomicLong counter = new AtomicLong();

	private Path data;

	@Setup(Level.Trial)
	public void start() throws IOException {
		this.data = BenchStore.dataDir("bench-redis");
		this.context = new SpringApplicationBuilder(BotApplication.class).web(WebApplicationType.NONE)
			.run("--bot.store.data-dir=" + this.data, "--logging.level.root=WARN");
		this.conversation = this.context.getBean(Conversation.class);
		this.knowledgeBase = this.context.getBean(KnowledgeBase.class);
		this.messages = Workload.messages();
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		this.context.close();
		org.springframework.util.FileSystemUtils.deleteRecursively(this.data);
	}

	@Benchmark
	public Response conversation() {
		long n = this.counter.getAndIncrement();
		// Many people, each well under the flood limit, as in real traffic.
		String user = "bench-" + (n % 50_000);
		return this.conversation.handle(IncomingMessage.of(Channel.WEB, user, message(n)));
	}

	@Benchmark
	public SearchResult search() {
		return this.knowledgeBase.search(message(this.counter.getAndIncrement()), Language.EN);
	}

	private String message(long n) {
		return this.messages.get((int) (n % this.messages.size()));
	}

}

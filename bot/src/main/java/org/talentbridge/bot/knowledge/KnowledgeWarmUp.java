package org.talentbridge.bot.knowledge;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

import org.talentbridge.bot.knowledge.internal.KnowledgeSource;
import org.talentbridge.bot.knowledge.internal.Searcher;

/**
 * Starts training the answer decision as soon as the configuration is known, before the
 * application context is built: training is most of the start, and on its own thread it runs beside
 * the building of the context instead of after the knowledge base's turn in it. The knowledge base
 * joins this training when it loads the same content. Added by the application's main method only,
 * so tests and slices that never search do not pay for it.
 */
public final class KnowledgeWarmUp implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeWarmUp.class);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		String path = event.getEnvironment().getProperty("bot.knowledge.path", "");
		Thread thread = new Thread(() -> {
			try {
				KnowledgeSource.Snapshot snapshot = KnowledgeSource.resolve(path).load(LocalDate.now());
				Searcher.startTraining(snapshot.articles(), snapshot.synonyms(), snapshot.outOfScope());
			}
			catch (RuntimeException ex) {
				// The knowledge base's own load reports a broken file, and stops the start.
				log.debug("Knowledge base warm-up skipped: {}", ex.getMessage());
			}
		}, "knowledge-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

}

package org.talentbridge.bot.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Both of a {@link SharedPipeline}'s leaders held inside a round trip until a latch opens, for tests. */
public final class HeldLeaders {

	private HeldLeaders() {
	}

	/**
	 * Starts one thread per leader, each leading a round trip that waits for {@code release}; the
	 * next starts once the previous has its batch, so a call queued meanwhile cannot join that batch.
	 */
	public static List<Thread> hold(SharedPipeline shared, CountDownLatch release) throws InterruptedException {
		List<Thread> leaders = new ArrayList<>();
		for (int i = 0; i < SharedPipeline.LEADERS; i++) {
			CountDownLatch leading = new CountDownLatch(1);
			Thread leader = new Thread(() -> shared.run(pipeline -> {
				leading.countDown();
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return () -> null;
			}));
			leader.start();
			leaders.add(leader);
			assertThat(leading.await(10, TimeUnit.SECONDS)).isTrue();
		}
		return leaders;
	}

}

package org.talentbridge.bot;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class ExitWhenReadyTests {

	@Test
	void theContextIsClosedBeforeTheProcessExits() {
		List<String> order = new ArrayList<>();
		GenericApplicationContext context = new GenericApplicationContext();
		// Stands for the embedded redis-server, which the context stops when it closes.
		context.registerBean("server", DisposableBean.class, () -> () -> order.add("stopped"));
		context.refresh();
		context.getBean("server");

		new ExitWhenReady(code -> order.add("exit " + code))
			.ready(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, null));

		assertThat(order).containsExactly("stopped", "exit 0");
		assertThat(context.isActive()).isFalse();
	}

}

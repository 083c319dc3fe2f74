package org.talentbridge.bot.announcements;

import java.util.Set;

/** Who agreed to get news from the programme ("/news on"). */
public interface NewsSubscriptions {

	void subscribe(String userId);

	void unsubscribe(String userId);

	boolean subscribed(String userId);

	Set<String> subscribers();

}

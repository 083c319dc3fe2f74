// The web chat: sends each message to POST /api/chat and shows the replies with their buttons;
// messages the bot sends on its own (a free seat, a reminder, a staff answer) are fetched every 10 s.
(function () {
	const messages = document.getElementById('messages');
	const form = document.getElementById('composer');
	const input = document.getElementById('text');
	const language = document.getElementById('language');

	// Who is writing is the server's business: a cookie it sets (HttpOnly, so this script never sees
	// it), or a partner site's signed identity passed as #identity=... and kept for this tab only.
	localStorage.removeItem('talentBridgeUserId');
	const fragment = /(?:^#|&)identity=([^&]+)/.exec(location.hash);
	if (fragment) {
		sessionStorage.setItem('talentBridgeIdentity', decodeURIComponent(fragment[1]));
		history.replaceState(null, '', location.pathname + location.search);
	}
	const identity = sessionStorage.getItem('talentBridgeIdentity');
	function headers(extra) {
		const all = Object.assign({}, extra);
		if (identity) all['X-Chat-Identity'] = identity;
		return all;
	}
	const menu = document.getElementById('menu');
	language.value = localStorage.getItem('talentBridgeLanguage') || '';
	language.addEventListener('change', () => {
		localStorage.setItem('talentBridgeLanguage', language.value);
		loadMenu();
	});

	// The same commands as the Telegram and Discord menus (/guide, /events, /mydata...), in the chosen language.
	async function loadMenu() {
		try {
			const lang = language.value || document.documentElement.lang || 'en';
			const response = await fetch('api/chat/menu?language=' + encodeURIComponent(lang));
			if (!response.ok) return;
			const json = await response.json();
			while (menu.options.length > 1) menu.remove(1);
			for (const c of json.commands) {
				const option = document.createElement('option');
				option.value = c.command;
				option.textContent = c.command + ' – ' + c.description;
				menu.appendChild(option);
			}
		} catch (e) {
			// Without the menu, typing the commands still works.
		}
	}
	menu.addEventListener('change', () => {
		if (menu.value) send(menu.value);
		menu.value = '';
	});

	// URLs in replies become links; everything else is text, never HTML.
	function appendText(element, text) {
		const parts = text.split(/(https?:\/\/[^\s)]+)/g);
		for (const part of parts) {
			if (/^https?:\/\//.test(part)) {
				const link = document.createElement('a');
				link.href = part;
				link.textContent = part;
				link.target = '_blank';
				link.rel = 'noopener';
				element.appendChild(link);
			} else if (part) {
				element.appendChild(document.createTextNode(part));
			}
		}
	}

	function show(kind, text, buttons, attachment) {
		const item = document.createElement('li');
		item.className = kind;
		appendText(item, text);
		if (attachment) {
			const file = document.createElement('a');
			file.className = 'attachment';
			file.href = attachment.url.replace(/^\//, '');
			file.textContent = attachment.fileName;
			file.setAttribute('download', attachment.fileName);
			item.appendChild(document.createElement('br'));
			item.appendChild(file);
		}
		if (buttons && buttons.length) {
			const row = document.createElement('div');
			row.className = 'buttons';
			for (const b of buttons) {
				const button = document.createElement('button');
				button.type = 'button';
				button.textContent = b.label;
				button.addEventListener('click', () => send(b.value, b.label));
				row.appendChild(button);
			}
			item.appendChild(row);
		}
		messages.appendChild(item);
		item.scrollIntoView({ block: 'end' });
	}

	async function send(text, shown) {
		show('me', shown || text);
		const body = { text: text };
		if (language.value) body.language = language.value;
		try {
			const response = await fetch('api/chat', {
				method: 'POST',
				headers: headers({ 'Content-Type': 'application/json' }),
				credentials: 'same-origin',
				body: JSON.stringify(body)
			});
			const json = await response.json();
			if (!response.ok) {
				show('error', json.error || 'Something went wrong.');
				return;
			}
			document.documentElement.lang = json.language;
			for (const reply of json.replies) show('bot', reply.text, reply.buttons, reply.attachment);
		} catch (e) {
			show('error', 'The bot cannot be reached right now. Please try again.');
		}
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const text = input.value.trim();
		if (!text) return;
		input.value = '';
		send(text);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && !event.shiftKey) {
			event.preventDefault();
			form.requestSubmit();
		}
	});
	async function checkInbox() {
		try {
			const response = await fetch('api/chat/inbox', { headers: headers({}), credentials: 'same-origin' });
			if (!response.ok) return;
			const json = await response.json();
			for (const reply of json.replies) show('bot', reply.text, reply.buttons, reply.attachment);
		} catch (e) {
			// Offline for a moment; the next check picks the messages up.
		}
	}
	setInterval(checkInbox, 10000);

	send('/start', null).then(() => {
		if (messages.firstChild) messages.firstChild.remove();
		loadMenu();
	});
})();

// The web chat: sends each message to POST /api/chat and shows the replies with their buttons;
// messages the bot sends on its own (a free seat, a reminder, a staff answer) are fetched every 10 s.
// A reloaded page shows the recent conversation again (GET /api/chat/history). Replies are plain
// text: paragraphs, "- " lists and bare URLs become elements here, never HTML from the text.
(function () {
	const messages = document.getElementById('messages');
	const form = document.getElementById('composer');
	const input = document.getElementById('text');
	const sendButton = document.getElementById('send');
	const typing = document.getElementById('typing');
	const language = document.getElementById('language');
	const menu = document.getElementById('menu');

	// The page's own words; the bot's replies come in the conversation's language from the server.
	const WORDS = {
		en: {
			title: 'Talent Bridge – ask about moving to Greater Copenhagen and Skåne',
			intro: 'Questions about moving to, working in and staying in Greater Copenhagen and Skåne.',
			language: 'Language', automatic: 'Automatic', menu: 'Menu', conversation: 'Conversation',
			message: 'Your message', placeholder: 'Ask a question…', send: 'Send',
			typing: 'Talent Bridge is writing…', you: 'You', bot: 'Talent Bridge',
			error: 'Something went wrong. Please try again.',
			unreachable: 'The bot cannot be reached right now. Please try again.',
			busy: 'Too many messages at once. Please wait a minute and try again.',
			calendar: 'Calendar file'
		},
		sv: {
			title: 'Talent Bridge – frågor om att flytta till Greater Copenhagen och Skåne',
			intro: 'Frågor om att flytta till, arbeta i och stanna i Greater Copenhagen och Skåne.',
			language: 'Språk', automatic: 'Automatiskt', menu: 'Meny', conversation: 'Samtal',
			message: 'Ditt meddelande', placeholder: 'Ställ en fråga…', send: 'Skicka',
			typing: 'Talent Bridge skriver…', you: 'Du', bot: 'Talent Bridge',
			error: 'Något gick fel. Försök igen.',
			unreachable: 'Boten går inte att nå just nu. Försök igen.',
			busy: 'För många meddelanden på en gång. Vänta en minut och försök igen.',
			calendar: 'Kalenderfil'
		},
		da: {
			title: 'Talent Bridge – spørg om at flytte til Greater Copenhagen og Skåne',
			intro: 'Spørgsmål om at flytte til, arbejde i og blive i Greater Copenhagen og Skåne.',
			language: 'Sprog', automatic: 'Automatisk', menu: 'Menu', conversation: 'Samtale',
			message: 'Din besked', placeholder: 'Stil et spørgsmål…', send: 'Send',
			typing: 'Talent Bridge skriver…', you: 'Du', bot: 'Talent Bridge',
			error: 'Noget gik galt. Prøv igen.',
			unreachable: 'Botten kan ikke nås lige nu. Prøv igen.',
			busy: 'For mange beskeder på én gang. Vent et minut, og prøv igen.',
			calendar: 'Kalenderfil'
		}
	};

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

	// The language chosen in the list, else the one the conversation is held in, else the browser's.
	let spoken = null;
	function pageLanguage() {
		if (WORDS[language.value]) return language.value;
		if (WORDS[spoken]) return spoken;
		const browser = (navigator.language || 'en').slice(0, 2).toLowerCase();
		return WORDS[browser] ? browser : 'en';
	}
	function word(key) {
		return WORDS[pageLanguage()][key];
	}
	let shownLanguage = null;
	function translatePage() {
		const code = pageLanguage();
		document.documentElement.lang = code;
		if (code === shownLanguage) return;
		shownLanguage = code;
		for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = word(element.dataset.i18n);
		for (const element of document.querySelectorAll('[data-i18n-placeholder]')) element.placeholder = word(element.dataset.i18nPlaceholder);
		for (const element of document.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', word(element.dataset.i18nLabel));
		loadMenu();
	}

	language.value = localStorage.getItem('talentBridgeLanguage') || '';
	language.addEventListener('change', () => {
		localStorage.setItem('talentBridgeLanguage', language.value);
		translatePage();
	});

	// The same commands as the Telegram and Discord menus (/guide, /events, /mydata...), in the page's language.
	async function loadMenu() {
		try {
			const response = await fetch('api/chat/menu?language=' + encodeURIComponent(pageLanguage()));
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

	// A URL ends before the punctuation that closes its sentence, and before a ")" it did not open.
	function trimUrl(url) {
		while (url.length) {
			const last = url[url.length - 1];
			if ('.,;:!?\'"'.includes(last)) {
				url = url.slice(0, -1);
			} else if (last === ')' && (url.split('(').length < url.split(')').length)) {
				url = url.slice(0, -1);
			} else {
				break;
			}
		}
		return url;
	}
	function appendInline(element, text) {
		const pattern = /https?:\/\/[^\s<>"]+/g;
		let at = 0;
		let match;
		while ((match = pattern.exec(text)) !== null) {
			const url = trimUrl(match[0]);
			if (!url.includes('.', url.indexOf('//') + 2)) continue;
			if (match.index > at) element.appendChild(document.createTextNode(text.slice(at, match.index)));
			const link = document.createElement('a');
			link.href = url;
			link.textContent = url;
			link.target = '_blank';
			link.rel = 'noopener';
			element.appendChild(link);
			at = match.index + url.length;
			pattern.lastIndex = at;
		}
		if (at < text.length) element.appendChild(document.createTextNode(text.slice(at)));
	}

	const BULLET = /^\s*[-•*]\s+(.*)$/;
	const NUMBERED = /^\s*\d{1,2}[.)]\s+(.*)$/;
	// A first line of its own, short and without a sentence's end, is an article's title.
	function isTitle(paragraph) {
		return !paragraph.includes('\n') && paragraph.length <= 90 && !/[.!?:…;,]$/.test(paragraph)
			&& !/https?:\/\//.test(paragraph) && !BULLET.test(paragraph) && !NUMBERED.test(paragraph);
	}
	function appendFormatted(element, text, withTitle) {
		const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.replace(/^\n+|\n+$/g, '')).filter((p) => p.trim());
		// The title opens the reply, or follows one note (such as "only in English").
		const titleAt = !withTitle || paragraphs.length < 2 ? -1
			: isTitle(paragraphs[0].trim()) ? 0
				: (paragraphs.length > 2 && /[.!?]$/.test(paragraphs[0].trim()) && isTitle(paragraphs[1].trim())) ? 1 : -1;
		paragraphs.forEach((paragraph, index) => {
			if (index === titleAt) {
				const title = document.createElement('strong');
				title.className = 'title';
				title.setAttribute('role', 'heading');
				title.setAttribute('aria-level', '2');
				title.textContent = paragraph.trim();
				element.appendChild(title);
				return;
			}
			let list = null;
			let lines = [];
			const flush = () => {
				if (lines.length) {
					const p = document.createElement('p');
					appendInline(p, lines.join('\n'));
					element.appendChild(p);
					lines = [];
				}
			};
			for (const line of paragraph.split('\n')) {
				const bullet = BULLET.exec(line);
				const numbered = bullet ? null : NUMBERED.exec(line);
				if (bullet || numbered) {
					const kind = bullet ? 'UL' : 'OL';
					if (!list || list.tagName !== kind) {
						flush();
						list = document.createElement(kind.toLowerCase());
						element.appendChild(list);
					}
					const item = document.createElement('li');
					appendInline(item, (bullet || numbered)[1]);
					list.appendChild(item);
				} else if (list && /^\s{2,}\S/.test(line)) {
					// A list item that goes on over the next line.
					list.lastChild.appendChild(document.createTextNode(' ' + line.trim()));
				} else {
					list = null;
					lines.push(line);
				}
			}
			flush();
		});
	}

	// The newest reply is shown whole above the input; one taller than the conversation, from its start.
	function reveal(item) {
		const fits = item.offsetHeight <= messages.clientHeight;
		item.scrollIntoView({ block: fits ? 'end' : 'start', inline: 'nearest' });
	}

	function show(kind, text, buttons, attachment) {
		const item = document.createElement('li');
		item.className = kind;
		const speaker = document.createElement('span');
		speaker.className = 'visually-hidden';
		speaker.textContent = (kind === 'me' ? word('you') : word('bot')) + ': ';
		item.appendChild(speaker);
		if (kind === 'bot') {
			appendFormatted(item, text, true);
		} else {
			appendInline(item, text);
		}
		if (attachment) {
			const p = document.createElement('p');
			const file = document.createElement('a');
			file.className = 'attachment';
			file.href = attachment.url.replace(/^\//, '');
			file.textContent = attachment.fileName;
			file.setAttribute('download', attachment.fileName);
			p.appendChild(file);
			item.appendChild(p);
		}
		if (buttons && buttons.length) {
			const row = document.createElement('div');
			row.className = 'buttons';
			for (const b of buttons) {
				const button = document.createElement('button');
				button.type = 'button';
				button.textContent = b.label;
				button.addEventListener('click', () => {
					send(b.value, b.label, button);
				});
				row.appendChild(button);
			}
			item.appendChild(row);
		}
		messages.appendChild(item);
		reveal(item);
		return item;
	}

	// The buttons of replies already answered: the choice made stays marked, none can be pressed again.
	function retireButtons(pressed) {
		for (const button of messages.querySelectorAll('.buttons button:enabled')) {
			button.disabled = true;
			if (button === pressed) {
				button.classList.add('chosen');
				button.setAttribute('aria-pressed', 'true');
			}
		}
	}

	let inFlight = false;
	function setBusy(busy) {
		inFlight = busy;
		sendButton.disabled = busy;
		messages.setAttribute('aria-busy', busy ? 'true' : 'false');
		typing.hidden = !busy;
	}

	// shown: what the person's bubble says (a button's label), or null for none (the page's own /start).
	async function send(text, shown, pressed) {
		if (inFlight) return false;
		setBusy(true);
		retireButtons(pressed);
		if (pressed) input.focus();
		if (shown !== null) show('me', shown || text);
		const body = { text: text };
		if (language.value) body.language = language.value;
		let replies = [];
		try {
			const response = await fetch('api/chat', {
				method: 'POST',
				headers: headers({ 'Content-Type': 'application/json' }),
				credentials: 'same-origin',
				body: JSON.stringify(body)
			});
			if (!response.ok) {
				replies = [{ kind: 'error', text: word(response.status === 429 ? 'busy' : 'error') }];
			} else {
				const json = await response.json();
				spoken = json.language;
				translatePage();
				replies = json.replies.map((r) => Object.assign({ kind: 'bot' }, r));
			}
		} catch (e) {
			replies = [{ kind: 'error', text: word('unreachable') }];
		} finally {
			setBusy(false);
		}
		for (const reply of replies) show(reply.kind, reply.text, reply.buttons, reply.attachment);
		return true;
	}

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const text = input.value.trim();
		if (!text || inFlight) return;
		input.value = '';
		await send(text);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && !event.shiftKey) {
			event.preventDefault();
			if (!inFlight) form.requestSubmit();
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

	// A reload shows the recent conversation again, quietly (a screen reader hears new replies only);
	// someone new is greeted.
	async function restore() {
		try {
			const response = await fetch('api/chat/history', { headers: headers({}), credentials: 'same-origin' });
			if (!response.ok) return false;
			const json = await response.json();
			if (!json.turns.length) return false;
			spoken = json.language;
			translatePage();
			messages.setAttribute('aria-live', 'off');
			for (const turn of json.turns) show(turn.from === 'person' ? 'me' : 'bot', turn.text, turn.buttons, turn.attachment);
			messages.setAttribute('aria-live', 'polite');
			return true;
		} catch (e) {
			return false;
		}
	}

	translatePage();
	restore().then((restored) => restored || send('/start', null)).finally(() => setInterval(checkInbox, 10000));
})();

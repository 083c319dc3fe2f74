// Live parts of the console: recipient counts while composing, delivery progress while sending.
(function () {
	// The announcement form shows the field the chosen segment needs (the event list, or a country or sector).
	const kind = document.getElementById('kind');
	if (kind) {
		const fields = document.querySelectorAll('[data-for-kind]');
		const choose = () => {
			for (const field of fields) {
				const wanted = field.dataset.forKind.split(' ').includes(kind.value);
				field.hidden = !wanted;
				for (const control of field.querySelectorAll('input, select')) control.disabled = !wanted;
			}
		};
		kind.addEventListener('change', choose);
		choose();
	}
	const counter = document.querySelector('[data-recipients-url]');
	if (counter) {
		const form = counter.closest('form');
		const update = async () => {
			const params = new URLSearchParams(new FormData(form));
			params.delete('_csrf');
			const response = await fetch(counter.dataset.recipientsUrl + '?' + params.toString(), { credentials: 'same-origin' });
			if (!response.ok) return;
			const json = await response.json();
			counter.textContent = json.recipients;
			const posts = document.getElementById('post-count');
			if (posts) posts.textContent = json.posts ? ' + ' + json.posts + (json.posts === 1 ? ' post' : ' posts') : '';
		};
		form.addEventListener('change', update);
		form.addEventListener('input', update);
		update();
	}
	const progress = document.querySelector('[data-progress-url]');
	if (progress) {
		const fields = ['sent', 'failed', 'blocked', 'unknown', 'retrying', 'pending', 'status'];
		const poll = async () => {
			const response = await fetch(progress.dataset.progressUrl, { credentials: 'same-origin' });
			if (!response.ok) return;
			const json = await response.json();
			for (const field of fields) {
				const cell = progress.querySelector('[data-field="' + field + '"]');
				if (cell) cell.textContent = json[field];
			}
			const bar = progress.querySelector('.bar span');
			if (bar) bar.style.width = json.percent + '%';
			const percent = progress.querySelector('[data-field="percent"]');
			if (percent) percent.textContent = json.percent + '%';
			if (json.status !== 'done') setTimeout(poll, 1000);
		};
		poll();
	}
})();

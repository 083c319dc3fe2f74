// Live parts of the console: recipient counts while composing, delivery progress while sending.
(function () {
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

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
// The article picker and the article list: typing narrows what is shown.
(function () {
	const fold = (text) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
	document.querySelectorAll('[data-filter-for]').forEach((input) => {
		const select = document.getElementById(input.dataset.filterFor);
		if (!select) return;
		input.addEventListener('input', () => {
			const wanted = fold(input.value.trim());
			let first = null;
			select.querySelectorAll('option').forEach((option) => {
				const shown = wanted === '' || fold(option.textContent).includes(wanted);
				option.hidden = !shown;
				if (shown && !first) first = option;
			});
			if (first && (select.selectedOptions.length === 0 || select.selectedOptions[0].hidden)) first.selected = true;
		});
	});
	document.querySelectorAll('[data-filter-rows]').forEach((input) => {
		const table = document.getElementById(input.dataset.filterRows);
		if (!table) return;
		input.addEventListener('input', () => {
			const wanted = fold(input.value.trim());
			table.querySelectorAll('tbody tr').forEach((row) => {
				row.hidden = wanted !== '' && !fold(row.textContent).includes(wanted);
			});
		});
	});
})();

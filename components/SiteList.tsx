import { useState } from 'preact/hooks';
import { t } from '../ui-base/vocabulary';

interface Props {
  title: string;
  sites: readonly string[];
  /** Turns user input into a site key, or null if it is not a host name. */
  parse: (input: string) => string | null;
  onAdd: (site: string) => void;
  onRemove: (site: string) => void;
}

/** An editable list of sites: add by host name (or pasted URL), remove one by one. */
export function SiteList({ title, sites, parse, onAdd, onRemove }: Props) {
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = (e: Event) => {
    e.preventDefault();
    const site = parse(input);
    setInvalid(site === null);
    if (site === null) return;
    onAdd(site);
    setInput('');
  };
  return (
    <section class="fc-box fc-sites" aria-labelledby="fc-sites-title">
      <h2 id="fc-sites-title">{title}</h2>
      {sites.length === 0 ? (
        <p class="fc-muted">{t('sitesEmpty')}</p>
      ) : (
        <ul class="fc-site-list">
          {sites.map((s) => (
            <li key={s} data-site={s}>
              <span class="fc-site">{s}</span>
              <button type="button" class="fc-button fc-site-remove" aria-label={t('siteRemove', s)} onClick={() => onRemove(s)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="fc-site-add" onSubmit={add}>
        <label for="fc-site-input">{t('siteAddLabel')}</label>
        <input
          id="fc-site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={input}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'fc-site-error' : undefined}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="fc-button">
          {t('siteAdd')}
        </button>
        {invalid && (
          <p id="fc-site-error" class="fc-error" role="alert">
            {t('siteInvalid')}
          </p>
        )}
      </form>
    </section>
  );
}

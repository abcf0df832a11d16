// zod's English issue messages, which zod/mini leaves out (see the module).
import '@/lib/schema/issue-messages';
import { createRoot } from 'react-dom/client';
import { App } from '@/components/panel/App';
import { detectLocale, languageTag } from '@/lib/i18n/locale';
import '@/components/panel/panel.css';

const locale = detectLocale(navigator.languages);
document.documentElement.lang = languageTag(locale);
// Ask the browser not to evict the database under storage pressure (granted silently to extensions).
void navigator.storage?.persist?.().catch(() => false);
createRoot(document.getElementById('root')!).render(<App search={location.search} locale={locale} />);

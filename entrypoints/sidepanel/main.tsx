import { createRoot } from 'react-dom/client';
import { App } from '@/components/panel/App';
import { detectLocale } from '@/lib/i18n/locale';
import '@/components/panel/panel.css';

const locale = detectLocale(navigator.languages);
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
createRoot(document.getElementById('root')!).render(<App search={location.search} locale={locale} />);

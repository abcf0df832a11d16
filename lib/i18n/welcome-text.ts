import type { Locale } from './locale';

/** The browsers whose own words the pin step quotes. */
export type PinBrowser = 'chrome' | 'edge' | 'firefox';

/** Everything the welcome page (opened on install) says, Chinese first. Site access wording is OPTIONS_TEXT's. */
export const WELCOME_TEXT = {
  zh: {
    title: '欢迎使用评阅',
    intro: '评阅帮你在网页上批注述职报告：选中文字标为成绩、问题或措施，写下意见，提示空泛表述，再整理成评议意见。批注只保存在这台电脑上。三步即可开始：',
    stepsLabel: '开始使用的步骤',
    siteStep: '1. 选择评阅在哪些网站上工作',
    siteStepHint: '评阅只读取你允许的网站。以后可以在设置中随时更改。',
    siteAllHint: '打开任何报告都可以直接批注。浏览器会请你确认一次。',
    siteOnlyHint: '只在你添加的网站（例如单位的 OA 系统）上工作。',
    siteChosenAll: '已选择：所有网站。',
    pinStep: '2. 把评阅图标固定在工具栏上',
    pin: {
      chrome: '点击地址栏右侧的「扩展程序」图标（拼图形状），在列表中找到“评阅”，点它旁边的图钉图标「固定」。',
      edge: '点击地址栏右侧的「扩展」图标（拼图形状），在列表中找到“评阅”，点它旁边的眼睛图标「在工具栏中显示」。',
      firefox: '点击工具栏上的「扩展」按钮（拼图形状），在“评阅”旁点齿轮图标，选择「固定到工具栏」。',
    } satisfies Record<PinBrowser, string>,
    pinOther: '其他浏览器',
    browserName: { chrome: 'Chrome', edge: 'Edge', firefox: 'Firefox' } satisfies Record<PinBrowser, string>,
    openStep: '3. 打开报告和侧边栏',
    openSteps: [
      '打开要评阅的报告网页（OA 系统、在线文档均可）。',
      '点击工具栏上的评阅图标，侧边栏随即打开，列出本报告的批注、体检提示和评议意见。',
      '在报告中选中一段文字，点工具条上的标签（成绩 / 问题 / 措施），或按 Alt+Shift+1 / 2 / 3；之后可以接着写批注意见。',
      '收到的是 PDF 或 Word 文件？用「打开本地文件」在评阅阅读器中打开。',
    ],
    tryStep: '试一试',
    tryHint: '打开一份虚构的示范述职报告（随评阅一起安装，不需要联网，也不需要网站权限），在上面练习标记和写批注。',
    trySample: '打开示范报告',
    openReader: '打开本地文件',
    settings: '打开设置',
    done: '设置完成后可以关闭本页。以后在工具栏图标上点右键，选择「选项」即可回到设置。',
  },
  en: {
    title: 'Welcome to Pingyue',
    intro: 'Pingyue helps you annotate work reports (述职报告) in web pages: select a passage, tag it as an achievement, problem or measure, add your comment, see vague phrasing flagged, and turn it all into an assessment. Your notes stay on this computer. Three steps to start:',
    stepsLabel: 'Steps to get started',
    siteStep: '1. Choose where Pingyue works',
    siteStepHint: 'Pingyue reads only the sites you allow. You can change this any time in the settings.',
    siteAllHint: 'Any report you open is ready to annotate. The browser asks you to confirm once.',
    siteOnlyHint: 'Only the sites you add (your office system, say).',
    siteChosenAll: 'Chosen: all sites.',
    pinStep: '2. Pin the Pingyue icon to the toolbar',
    pin: {
      chrome: 'Click the Extensions icon (the puzzle piece) right of the address bar, find “Pingyue” and click the pin next to it (“Pin”).',
      edge: 'Click the Extensions icon (the puzzle piece) right of the address bar, find “Pingyue” and click the eye next to it (“Show in toolbar”).',
      firefox: 'Click the Extensions button (the puzzle piece) in the toolbar, click the gear next to “Pingyue” and choose “Pin to Toolbar”.',
    } satisfies Record<PinBrowser, string>,
    pinOther: 'Other browsers',
    browserName: { chrome: 'Chrome', edge: 'Edge', firefox: 'Firefox' } satisfies Record<PinBrowser, string>,
    openStep: '3. Open a report and the side panel',
    openSteps: [
      'Open the report to review in its web page (an office system, an online document).',
      'Click the Pingyue icon in the toolbar: the side panel opens with the report’s annotations, checker flags and assessment.',
      'Select a passage in the report and click a tag on the toolbar (achievement / problem / measure), or press Alt+Shift+1 / 2 / 3; then write your comment.',
      'Got a PDF or Word file? Open it in Pingyue’s reader with “Open a local file”.',
    ],
    tryStep: 'Try it out',
    tryHint: 'Open a fictional sample report (installed with Pingyue: no network and no site access needed) and practise tagging and commenting on it.',
    trySample: 'Open the sample report',
    openReader: 'Open a local file',
    settings: 'Open the settings',
    done: 'Once set up you can close this page. To come back to the settings later, right-click the toolbar icon and choose “Options”.',
  },
} satisfies Record<Locale, unknown>;
export type WelcomeText = (typeof WELCOME_TEXT)['zh'];

/** Which browser's words the pin step leads with, from the user agent (Edge says "Edg/"). */
export function pinBrowserOf(userAgent: string, isFirefox: boolean): PinBrowser {
  if (isFirefox) return 'firefox';
  return /\bEdg\//.test(userAgent) ? 'edge' : 'chrome';
}

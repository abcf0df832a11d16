import { defineConfig } from 'wxt';

// One source, two manifests: Chrome/Edge get MV3 `side_panel`, Firefox gets `sidebar_action`
// (WXT maps entrypoints/sidepanel to each).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: [
      'storage', // settings and the per-tab document registry
      'contextMenus', // 标记为「成绩」… on a selection
      'unlimitedStorage', // years of notes and a week of local backups must never hit the quota
      'alarms', // the daily local backup (lib/backup)
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'tag-slot-1': { suggested_key: { default: 'Alt+Shift+1' }, description: '__MSG_commandTag1__' },
      'tag-slot-2': { suggested_key: { default: 'Alt+Shift+2' }, description: '__MSG_commandTag2__' },
      'tag-slot-3': { suggested_key: { default: 'Alt+Shift+3' }, description: '__MSG_commandTag3__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'pingyue@pingyue.local',
          // Pingyue collects nothing: all data stays in the browser.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});

import { createEditor, type EditorPlugin, exportContent, ShortcutPlugin } from 'roosterjs';
import { expose } from './expose';

// Roosterjs 9 (Outlook on the web's editor) with its shortcut plugin, so Ctrl+Z is Roosterjs's own undo, as in
// Outlook. A small plugin counts the changes Roosterjs itself sees (its input and content-changed events).
const element = document.createElement('div');
element.className = 'editor-box';
element.setAttribute('role', 'textbox');
element.setAttribute('aria-multiline', 'true');
document.getElementById('root')!.append(element);
const counter: EditorPlugin = {
  getName: () => 'ChangeCounter',
  initialize: () => {},
  dispose: () => {},
  onPluginEvent: (event) => {
    if (event.eventType === 'input' || event.eventType === 'contentChanged') editor.changeCount++;
  },
};
const rooster = createEditor(element, [new ShortcutPlugin(), counter]);
const editor = expose('contenteditable', () =>
  exportContent(rooster, 'PlainText').replace(/\r\n/g, '\n').replace(/\n$/, ''),
);

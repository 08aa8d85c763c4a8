import { type ChangeEvent, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { expose } from './expose';

// A React-controlled textarea: React's state is the model, and only onChange updates it.
let current = '';
const editor = expose('textarea', () => current);

function Reply() {
  const [value, setValue] = useState('');
  current = value;
  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    editor.changeCount++;
    setValue(event.target.value);
  };
  return <textarea id="editor" aria-label="Reply" rows={8} cols={70} value={value} onChange={onChange} />;
}

createRoot(document.getElementById('root')!).render(<Reply />);

// Placeholder entry so the add-in builds before the task pane lands; the task-pane helper replaces it.
Office.onReady(() => {
  const root = document.getElementById('root');
  if (root) root.textContent = 'EduBalance 优质均衡测算';
});

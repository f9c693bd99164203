/** The note-taker's view (role "notes"), loaded on demand by the app for `?role=notes`. */
import { NotesView } from './components/NotesView';

export default NotesView;

/** The secretary's view (role "prepare"): what `?role=prepare` and the organizer's task pane open. */
import { PrepareView } from './components/PrepareView';

export default PrepareView;

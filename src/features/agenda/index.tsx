/** The managers' view (role "agenda"): what the app renders for a meeting by default. */
import { AgendaView } from './components/AgendaView';

export default AgendaView;

import { jsx as _jsx } from "react/jsx-runtime";
import styles from './styles.module.css';
export default function GlossaryAppearsIn({ children }) {
    return _jsx("div", { className: styles.appearsIn, children: children });
}

import { jsx as _jsx } from "react/jsx-runtime";
import styles from './styles.module.css';
export default function GlossaryIndex({ children }) {
    return _jsx("div", { className: styles.index, children: children });
}

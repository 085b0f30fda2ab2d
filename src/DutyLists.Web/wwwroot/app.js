// The app's own script (script-src 'self': no inline scripts).

// Called by FocusOnPageChange after the circuit moves to another page, so that a screen reader starts at its heading.
window.dutyLists = {
    focus(selector) {
        const element = document.querySelector(selector);
        if (element) {
            if (!element.hasAttribute('tabindex')) {
                element.tabIndex = -1;
            }

            element.focus({ preventScroll: true });
        }
    },
};

// When the circuit attaches, Blazor replaces the prerendered markup with freshly rendered elements, so text typed into
// a prerendered box (the app bar's search, the search page's box, a list's own search) would vanish, along with the
// caret. This carries the typed text, focus and selection over to the element that takes the same id.
// Loaded before blazor.web.js, at the end of <body>, so the prerendered inputs already exist.
(() => {
    const selector = 'input[id]:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), textarea[id]';
    let waiting = Array.from(document.querySelectorAll(selector));
    if (waiting.length === 0) {
        return;
    }

    let focused = null;
    let selection = null;
    const remember = (event) => {
        if (waiting.includes(event.target)) {
            focused = event.target;
            try {
                selection = [event.target.selectionStart, event.target.selectionEnd];
            } catch {
                selection = null;
            }
        }
    };
    // A real blur leaves the element in the page; the element's removal by Blazor does not count as one.
    const forget = (event) => {
        const left = event.target;
        queueMicrotask(() => {
            if (left.isConnected && focused === left) {
                focused = null;
            }
        });
    };
    document.addEventListener('focusin', remember, true);
    document.addEventListener('focusout', forget, true);
    document.addEventListener('input', remember, true);
    document.addEventListener('keyup', remember, true);

    const carryOver = () => {
        waiting = waiting.filter((old) => {
            if (old.isConnected) {
                return true;
            }

            const replacement = document.getElementById(old.id);
            if (!replacement) {
                return true;
            }

            if (old.value !== old.defaultValue && replacement.value !== old.value) {
                replacement.value = old.value;
                // Blazor's bindings (and MudBlazor's inputs) read the value from this event.
                replacement.dispatchEvent(new Event('input', { bubbles: true }));
            }

            if (focused === old && (document.activeElement === null || document.activeElement === document.body)) {
                replacement.focus();
                if (selection) {
                    try {
                        replacement.setSelectionRange(selection[0], selection[1]);
                    } catch {
                        // Not every input type has a selection.
                    }
                }
            }

            return false;
        });
        if (waiting.length === 0) {
            observer.disconnect();
            document.removeEventListener('focusin', remember, true);
            document.removeEventListener('focusout', forget, true);
            document.removeEventListener('input', remember, true);
            document.removeEventListener('keyup', remember, true);
        }
    };

    const observer = new MutationObserver(carryOver);
    observer.observe(document.body, { childList: true, subtree: true });
})();

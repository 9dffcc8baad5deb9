package dev.promptsmith.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import dev.promptsmith.prompt.DraftCheck;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.shared.Role;
import java.util.ArrayList;
import java.util.List;

/** The message turns of a prompt, in order: add, remove and reorder them. */
class MessagesEditor extends Div implements MessageEditor.Moves {

    private final List<MessageEditor> editors = new ArrayList<>();
    private final Div list = new Div();
    private final Runnable changed;

    MessagesEditor(Runnable changed) {
        this.changed = changed;
        setId("messages-editor");
        list.addClassName("message-editors");
        Div adders = new Div();
        adders.addClassName("message-adders");
        for (Role role : Role.values()) {
            Button add = new Button("Add " + role.wireName() + " message", click -> {
                append(new PromptDraft.Message(role, ""));
                changed.run();
            });
            add.setId("add-" + role.wireName());
            adders.add(add);
        }
        add(list, adders);
    }

    void show(List<PromptDraft.Message> messages) {
        editors.clear();
        list.removeAll();
        messages.forEach(this::append);
    }

    List<PromptDraft.Message> value() {
        return editors.stream().map(MessageEditor::value).toList();
    }

    void showProblems(DraftCheck check) {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).showProblems(check.problemsOf(i));
        }
    }

    private void append(PromptDraft.Message message) {
        MessageEditor editor = new MessageEditor(message, this, changed);
        editors.add(editor);
        list.add(editor);
    }

    @Override
    public void up(MessageEditor message) {
        move(message, -1);
    }

    @Override
    public void down(MessageEditor message) {
        move(message, 1);
    }

    @Override
    public void remove(MessageEditor message) {
        editors.remove(message);
        list.remove(message);
        changed.run();
    }

    private void move(MessageEditor message, int by) {
        int from = editors.indexOf(message);
        int to = from + by;
        if (to < 0 || to >= editors.size()) {
            return;
        }
        editors.remove(from);
        editors.add(to, message);
        list.removeAll();
        editors.forEach(list::add);
        changed.run();
    }
}

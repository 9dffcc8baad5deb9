package dev.promptsmith.ui.signin;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.promptsmith.web.WebAccess;

/** The sign-in page; without an admin password there is nothing to sign in to, and it leads to the app. */
@Route("login")
@PageTitle("Sign in · Promptsmith")
@AnonymousAllowed
public class SignInView extends VerticalLayout implements BeforeEnterObserver {

    private final WebAccess access;
    private final LoginForm form = new LoginForm();

    public SignInView(WebAccess access) {
        this.access = access;
        setId("sign-in");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Promptsmith");
        i18n.getErrorMessage().setTitle("Not signed in");
        i18n.getErrorMessage().setMessage("The user name or the password is not right.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        Paragraph hint = new Paragraph("Sign in as " + WebAccess.USER_NAME + " with the password set by whoever "
                + "runs this server.");
        hint.addClassName("sign-in-hint");
        add(form, hint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.signInRequired()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}

package steward.security;

/** How an account signs in, and so how its sessions are kept. */
public enum SignInMethod {
    /** A local account: username and password checked by Steward (the sign-in form, HTTP Basic). */
    PASSWORD,
    /** The company's identity provider (OpenID Connect): the code flow for pages, bearer tokens for the API. */
    SINGLE_SIGN_ON
}

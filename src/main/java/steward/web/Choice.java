package steward.web;

/** An option of a set of radio buttons or a list: the value sent, the label shown in the reader's language. */
public record Choice(String value, String label) {
}

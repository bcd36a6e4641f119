package steward.billing;

import java.math.BigDecimal;

import io.quarkus.qute.TemplateExtension;

/** {@code {amount.money(currency)}} in templates: grouped, with the currency's decimals. */
@TemplateExtension
public class MoneyExtensions {

    static String money(BigDecimal amount, String currency) {
        return Money.format(amount, currency);
    }
}

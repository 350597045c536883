package dev.custos.detect.evaluation;

/**
 * How the gate treated benign requests on the theft's wallet in the 24 hours before the theft, in the benign run: when
 * most of them were already held, holding the theft says little about the attack.
 *
 * @param requests benign requests on that wallet in the window
 * @param held of which escalated or denied
 */
public record WalletContext(long requests, long held) {
    public static final WalletContext NONE = new WalletContext(0, 0);

    public WalletContext {
        if (requests < 0 || held < 0 || held > requests) {
            throw new IllegalArgumentException("bad counts: " + held + " of " + requests);
        }
    }
}

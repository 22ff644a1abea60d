package nl.inburgeringsregie.duo;

import java.util.Arrays;
import java.util.Optional;

/** The events DUO notifies (duo-m2m Gebeurtenissen): the known gebeurtenisIds. Others are stored as unknown. */
enum Gebeurtenis {
    SS101, SS102, SS103, SS104, SS106, SS107, SS108, SS109, SS110, SS111, SS113, SS114, SS115, SS116, SS117, SS118,
    SS119, SS120, SS121, SS124, SS125, SS128, SS129, SS130, SS131, SS137, SS139, SS199;

    static Optional<Gebeurtenis> van(String id) {
        return Arrays.stream(values()).filter(g -> g.name().equals(id)).findFirst();
    }
}

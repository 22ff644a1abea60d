package nl.inburgeringsregie.aanbieders;

/** How a contract prices its service: per hour of teaching or per traject (per person). */
enum Prijsmodel {
    PER_UUR,
    PER_TRAJECT
}

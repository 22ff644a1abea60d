package nl.inburgeringsregie.termijnen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The team overview's assignment form (issue 13 point 6): the ticked dossiers (bound as ids, so a value that is no
 * dossier id is a field error, {@code typeMismatch.toewijzingFormulier.dossier}), the consultant, and the list's filter
 * carried along as {@code filter.<name>} to return to the list as it was (issue 21 point 11).
 */
public class ToewijzingFormulier {

    /** The filter of the list the form was posted from; the list's own GET checks the values. */
    public static class Filter {
        private String soort;
        private String doelgroep;
        private String consulent;
        private String gemeente;
        private String van;
        private String tot;

        /** The non-empty values by name, to put back on the list's address. */
        Map<String, String> waarden() {
            Map<String, String> waarden = new LinkedHashMap<>();
            waarden.put("soort", soort);
            waarden.put("doelgroep", doelgroep);
            waarden.put("consulent", consulent);
            waarden.put("gemeente", gemeente);
            waarden.put("van", van);
            waarden.put("tot", tot);
            waarden.values().removeIf(w -> w == null || w.isBlank());
            return waarden;
        }

        public String getSoort() {
            return soort;
        }

        public void setSoort(String soort) {
            this.soort = soort;
        }

        public String getDoelgroep() {
            return doelgroep;
        }

        public void setDoelgroep(String doelgroep) {
            this.doelgroep = doelgroep;
        }

        public String getConsulent() {
            return consulent;
        }

        public void setConsulent(String consulent) {
            this.consulent = consulent;
        }

        public String getGemeente() {
            return gemeente;
        }

        public void setGemeente(String gemeente) {
            this.gemeente = gemeente;
        }

        public String getVan() {
            return van;
        }

        public void setVan(String van) {
            this.van = van;
        }

        public String getTot() {
            return tot;
        }

        public void setTot(String tot) {
            this.tot = tot;
        }
    }

    private List<UUID> dossier = new ArrayList<>();
    private String consulent;
    private Filter filter = new Filter();

    public List<UUID> getDossier() {
        return dossier;
    }

    public void setDossier(List<UUID> dossier) {
        this.dossier = dossier == null ? new ArrayList<>() : dossier;
    }

    public String getConsulent() {
        return consulent;
    }

    public void setConsulent(String consulent) {
        this.consulent = consulent;
    }

    public Filter getFilter() {
        return filter;
    }

    public void setFilter(Filter filter) {
        this.filter = filter;
    }
}

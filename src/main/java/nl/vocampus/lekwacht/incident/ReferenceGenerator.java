package nl.vocampus.lekwacht.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Hands out DL-&lt;year&gt;-&lt;nnnn&gt;, gap-free per year. The counter row is locked until the report's
 * transaction commits, so a rolled-back report gives its number back.
 */
@ApplicationScoped
public class ReferenceGenerator {

    private final EntityManager em;

    ReferenceGenerator(EntityManager em) {
        this.em = em;
    }

    public String next(int year) {
        Number value = (Number) em.createNativeQuery("""
                        insert into reference_counter (year, last_value) values (?1, 1)
                        on conflict (year) do update set last_value = reference_counter.last_value + 1
                        returning last_value""")
                .setParameter(1, year)
                .getSingleResult();
        return "DL-%d-%04d".formatted(year, value.intValue());
    }
}

package org.sendclock.kpi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComparatorRateRepository extends JpaRepository<ComparatorRate, Long> {

    List<ComparatorRate> findAllByOrderByMeasureAscAreaAscYearAsc();

    List<ComparatorRate> findByMeasureAndArea(Measure measure, String area);

    Optional<ComparatorRate> findByMeasureAndAreaAndYear(Measure measure, String area, int year);
}

package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<Target, Long> {

    List<Target> findByMeasureOrderByAppliesFromAsc(Measure measure);

    List<Target> findAllByOrderByMeasureAscAppliesFromAsc();

    Optional<Target> findByMeasureAndAppliesFrom(Measure measure, LocalDate appliesFrom);
}

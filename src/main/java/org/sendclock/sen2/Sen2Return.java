package org.sendclock.sen2;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SEN2 return for a calendar year, built from the case record (ADR 28): the file, each module as CSV, the
 * validation before upload and the figures to reconcile. Every answer builds the return afresh from the record, so
 * what is checked is what is downloaded.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(Sen2Settings.class)
public class Sen2Return {

    private final ReturnRecords records;
    private final PublishedFigures figures;
    private final Sen2Settings settings;
    private final Clock clock;

    Sen2Return(ReturnRecords records, PublishedFigures figures, Sen2Settings settings, Clock clock) {
        this.records = records;
        this.figures = figures;
        this.settings = settings;
        this.clock = clock;
    }

    /** The return covering calendar year {@code year}, filed in January of the year after. */
    public Sen2File build(int year) {
        Sen2File.Header header = new Sen2File.Header(year + 1, referenceDate(year + 1), settings.laCode(),
                settings.softwareCode(), settings.release(), LocalDateTime.now(clock));
        return ReturnBuilder.build(header, records.of(year));
    }

    /** The census day of a January collection: the third Thursday of January (see {@link NotConfirmed}). */
    static LocalDate referenceDate(int collectionYear) {
        return LocalDate.of(collectionYear, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
    }

    public Sen2Validation validation(int year) {
        return validation(build(year));
    }

    public Sen2Validation validation(Sen2File file) {
        return Sen2Validation.of(file, Sen2Checks.of(file));
    }

    /** The figures the DfE will publish from the file, beside the dashboard's. */
    public List<ReconciledFigure> figures(Sen2File file) {
        return figures.of(file);
    }

    public static byte[] xml(Sen2File file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sen2Xml.write(file, out);
        return out.toByteArray();
    }

    public static String csv(Sen2File file, Sen2Module module) {
        StringWriter out = new StringWriter();
        ModuleCsv.write(file, module, out);
        return out.toString();
    }
}

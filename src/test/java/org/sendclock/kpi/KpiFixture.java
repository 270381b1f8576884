package org.sendclock.kpi;

import static java.time.LocalDate.of;

import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.advice.AdviceType;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.ExceptionRecordRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.deadline.StatutoryCalendar;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of hand-made cases, August 2015 to May 2016, worked by hand in the comments: the expected figures in the
 * tests come from these comments, not from the code under test. No other test uses these years, so every figure
 * for them is exactly what is built here. Loaded once per database, whichever test class comes first.
 *
 * <pre>
 * case   request     decision          plan decision  final plan / end     day   notes
 * A      2015-08-20  assess 2015-09-10 2015-12-01     plan 2016-01-07      140   on time (due 2016-01-07), January plan for a 2015 request
 * B      2015-08-21  assess 2015-09-10 2015-12-01     plan 2016-01-09      141   late (due 2016-01-08)
 * C      2015-10-15  assess 2015-11-10 2016-01-20     plan 2016-03-04      141   late: due 2016-03-03 because 2016 has 29 February
 * D      2015-10-16  assess 2015-11-10 2016-01-20     plan 2016-03-04      140   on time (due 2016-03-04)
 * E      2015-09-01  assess 2015-10-01 2016-01-15     plan 2016-02-10      162   late, reg 10(4) exception
 * F      2015-09-10  assess 2015-10-01 2015-12-20     plan 2016-01-20      132   on time, exception imported without dates
 * G      2015-01-05  assess 2015-02-10 2015-12-01     plan 2016-02-15      406   late, over 30 and over 52 weeks
 * H      2015-06-01  assess 2015-07-01 2015-09-15     plan 2016-02-01      245   late, over 30 weeks
 * I      2015-08-19  assess 2015-09-20 -              withdrawn 2016-05-10       never a plan
 * J      2015-11-10  refuse 2016-01-12 -              refused                    decision late (due 2015-12-22)
 * K1     2015-02-01  assess 2015-03-15 -              withdrawn 2015-06-30       decision day 42: on time
 * K2     2015-02-02  refuse 2015-03-17 -              refused                    decision day 43: late
 * K3     2015-03-01  assess 2015-04-01 -              withdrawn 2015-06-30       on time
 * K4     2015-02-20  refuse 2015-04-03 -              refused                    day 42: on time
 * L      2015-12-01  -                 -              still open                 waiting for its decision
 *
 * advice  case type                  requested   due         received    notes
 *         A    EDUCATIONAL_PSYCHOLOGY 2015-10-01  2015-11-12  2015-11-12  day 42: on time
 *         A    HEALTH                 2015-10-01  2015-11-12  2015-11-13  day 43: late
 *         B    SOCIAL_CARE            2015-10-05  2015-11-16  2015-11-20  late, reg 8(2) exception
 *         B    HEALTH                 2015-10-20  2015-12-01  2015-11-30  on time
 *         E    EDUCATIONAL_PSYCHOLOGY 2015-11-01  2015-12-13  2015-12-10  on time
 *         C    EDUCATIONAL_PSYCHOLOGY 2015-11-20  2016-01-01  2016-02-20  outstanding and overdue on 2016-01-08
 *         D    HEALTH                 2015-11-20  2016-01-01  -           excused (reg 8(2)), never received
 *         I    SOCIAL_CARE            2015-10-01  2015-11-12  withdrawn 2016-05-10: outstanding and overdue on 2016-01-08
 * </pre>
 */
final class KpiFixture {

    private KpiFixture() {
    }

    static synchronized void ensureLoaded(CaseRepository cases, AdviceRequestRepository advice,
                                          ExceptionRecordRepository exceptions, StatutoryCalendar calendar,
                                          ClockRegister clocks, TransactionTemplate transaction) {
        // Asked of the database each time: the round-trip test empties it.
        if (cases.existsByCaseRef("KPI-A")) {
            return;
        }
        transaction.executeWithoutResult(status -> build(new KpiCaseBuilder(cases, advice, exceptions, calendar,
                clocks)));
    }

    private static void build(KpiCaseBuilder kpi) {
        kpi.requested("KPI-A", of(2015, 8, 20)).assessed(of(2015, 9, 10))
                .adviceReceived(AdviceType.EDUCATIONAL_PSYCHOLOGY, of(2015, 10, 1), of(2015, 11, 12))
                .adviceReceived(AdviceType.HEALTH, of(2015, 10, 1), of(2015, 11, 13))
                .planToBeIssued(of(2015, 12, 1)).planIssued(of(2016, 1, 7));
        kpi.requested("KPI-B", of(2015, 8, 21)).assessed(of(2015, 9, 10))
                .adviceExcused(AdviceType.SOCIAL_CARE, of(2015, 10, 5), of(2015, 11, 20))
                .adviceReceived(AdviceType.HEALTH, of(2015, 10, 20), of(2015, 11, 30))
                .planToBeIssued(of(2015, 12, 1)).planIssued(of(2016, 1, 9));
        kpi.requested("KPI-C", of(2015, 10, 15)).assessed(of(2015, 11, 10))
                .adviceReceived(AdviceType.EDUCATIONAL_PSYCHOLOGY, of(2015, 11, 20), of(2016, 2, 20))
                .planToBeIssued(of(2016, 1, 20)).planIssued(of(2016, 3, 4));
        kpi.requested("KPI-D", of(2015, 10, 16)).assessed(of(2015, 11, 10))
                .adviceExcused(AdviceType.HEALTH, of(2015, 11, 20), null)
                .planToBeIssued(of(2016, 1, 20)).planIssued(of(2016, 3, 4));
        kpi.requested("KPI-E", of(2015, 9, 1)).assessed(of(2015, 10, 1)).exception(of(2015, 10, 5))
                .adviceReceived(AdviceType.EDUCATIONAL_PSYCHOLOGY, of(2015, 11, 1), of(2015, 12, 10))
                .planToBeIssued(of(2016, 1, 15)).planIssued(of(2016, 2, 10));
        kpi.requested("KPI-F", of(2015, 9, 10)).assessed(of(2015, 10, 1)).importedException()
                .planToBeIssued(of(2015, 12, 20)).planIssued(of(2016, 1, 20));
        kpi.requested("KPI-G", of(2015, 1, 5)).assessed(of(2015, 2, 10))
                .planToBeIssued(of(2015, 12, 1)).planIssued(of(2016, 2, 15));
        kpi.requested("KPI-H", of(2015, 6, 1)).assessed(of(2015, 7, 1))
                .planToBeIssued(of(2015, 9, 15)).planIssued(of(2016, 2, 1));
        kpi.requested("KPI-I", of(2015, 8, 19)).assessed(of(2015, 9, 20))
                .adviceWithdrawn(AdviceType.SOCIAL_CARE, of(2015, 10, 1), of(2016, 5, 10))
                .withdrawn(of(2016, 5, 10));
        kpi.requested("KPI-J", of(2015, 11, 10)).refused(of(2016, 1, 12));
        kpi.requested("KPI-K1", of(2015, 2, 1)).assessed(of(2015, 3, 15)).withdrawn(of(2015, 6, 30));
        kpi.requested("KPI-K2", of(2015, 2, 2)).refused(of(2015, 3, 17));
        kpi.requested("KPI-K3", of(2015, 3, 1)).assessed(of(2015, 4, 1)).withdrawn(of(2015, 6, 30));
        kpi.requested("KPI-K4", of(2015, 2, 20)).refused(of(2015, 4, 3));
        kpi.requested("KPI-L", of(2015, 12, 1));
    }
}

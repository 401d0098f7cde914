/** The working-day calendar: weekends, public holidays and make-up working days, as yearly data. */
package dev.theodoi.domain.calendar;

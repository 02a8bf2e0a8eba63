-- The Joint Periods of Action the project starts with, as data (later ones are added with createActionPeriod).
-- JPA5: 2 July - 3 December 2019, from the 5th JPA planning workshop (Bangkok, 2-3 July 2019).
-- JPA4: "in 2018" is all the public record we have; 1 March - 31 August 2018 is OUR ASSUMPTION, to be
-- corrected here (with a new migration) when the agreed dates are known.
INSERT INTO action_periods (period_id, number, label, start_date, end_date, change_seq) VALUES
  ('JPA4', 4, '4th Joint Period of Action', DATE '2018-03-01', DATE '2018-08-31', nextval('change_seq_counter')),
  ('JPA5', 5, '5th Joint Period of Action', DATE '2019-07-02', DATE '2019-12-03', nextval('change_seq_counter'));

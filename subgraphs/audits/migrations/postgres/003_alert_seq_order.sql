-- Alerts are read by a cursor on alert_seq (docs/alerts.md). With a pool of writers, an alert may take seq 41
-- and commit after one with 42 has been read; a reader at cursor 42 would skip it. Reads therefore stop at the
-- settled horizon of alert_seq_counter (lib/postgres/settled-horizon.ts), which needs every alert's seq to be
-- taken only after its transaction has an id, as change_seq is (001_initial.sql). The INSERTs of
-- store/alerts.ts evaluate nextval before the row's insert gives the transaction an id (an alert may be its
-- transaction's first write), so this trigger takes the seq again once the id exists; the value the statement
-- took is a harmless gap.
CREATE FUNCTION stamp_alert_seq() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN PERFORM pg_current_xact_id(); NEW.alert_seq := nextval('alert_seq_counter'); RETURN NEW; END $$;
CREATE TRIGGER alerts_alert_seq BEFORE INSERT ON alerts FOR EACH ROW EXECUTE FUNCTION stamp_alert_seq();

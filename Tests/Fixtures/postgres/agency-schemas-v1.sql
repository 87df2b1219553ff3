--
-- PostgreSQL database dump
--

\restrict yZgRmuam1pbXg5r2El3ho54hM2SosysRlrlwccu40V6VKFFNpaTaTcMhl0Nhz1O

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: agency_6302203; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA agency_6302203;


--
-- Name: agency_9600101; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA agency_9600101;


--
-- Name: sujarit; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA sujarit;


--
-- Name: sujarit_events_append_only(); Type: FUNCTION; Schema: agency_6302203; Owner: -
--

CREATE FUNCTION agency_6302203.sujarit_events_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'the event log is append-only'; END $$;


--
-- Name: sujarit_events_append_only(); Type: FUNCTION; Schema: agency_9600101; Owner: -
--

CREATE FUNCTION agency_9600101.sujarit_events_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'the event log is append-only'; END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: agency_departments; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.agency_departments (
    code text NOT NULL,
    name text NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT agency_departments_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: agency_staff; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.agency_staff (
    id text NOT NULL,
    name text NOT NULL,
    department text NOT NULL,
    roles text NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT agency_staff_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: audit_engagements; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.audit_engagements (
    fiscal_year bigint NOT NULL,
    subject text NOT NULL,
    started_on text NOT NULL,
    closed_on text,
    auditors text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT audit_engagements_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: audit_findings; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.audit_findings (
    id text NOT NULL,
    fiscal_year bigint NOT NULL,
    number bigint NOT NULL,
    subject text NOT NULL,
    recorded_on text NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT audit_findings_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: audit_plans; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.audit_plans (
    fiscal_year bigint NOT NULL,
    status text NOT NULL,
    capacity bigint NOT NULL,
    entry_count bigint NOT NULL,
    total_person_days bigint NOT NULL,
    approved_by text,
    approved_on text,
    amendments bigint NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT audit_plans_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: audit_recommendations; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.audit_recommendations (
    finding_id text NOT NULL,
    number bigint NOT NULL,
    fiscal_year bigint NOT NULL,
    subject text NOT NULL,
    action_owner text NOT NULL,
    due text NOT NULL,
    status text NOT NULL,
    rounds bigint NOT NULL,
    last_round_on text,
    last_round text,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT audit_recommendations_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: audit_subjects; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.audit_subjects (
    id text NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    department text,
    risk_rank bigint,
    last_engagement_closed text,
    record text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT audit_subjects_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: chain_head; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.chain_head (
    id integer NOT NULL,
    sequence bigint NOT NULL,
    hash bytea NOT NULL,
    CONSTRAINT chain_head_id_check CHECK ((id = 1))
);


--
-- Name: coi_committee_seats; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.coi_committee_seats (
    project text NOT NULL,
    staff_id text NOT NULL,
    role text NOT NULL,
    appointed_on text,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT coi_committee_seats_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: coi_declarations; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.coi_declarations (
    declaration_id text NOT NULL,
    declarant text NOT NULL,
    department text NOT NULL,
    kind text NOT NULL,
    fiscal_year bigint,
    project text,
    role text,
    signed_on text NOT NULL,
    status text NOT NULL,
    amendments bigint NOT NULL,
    interest_count bigint NOT NULL,
    recused bigint NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT coi_declarations_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: coi_interests; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.coi_interests (
    declaration_id text NOT NULL,
    "position" bigint NOT NULL,
    party_name text,
    party_kind text,
    tax_id text,
    name_key text NOT NULL,
    relationship text NOT NULL,
    share text,
    from_date text,
    to_date text,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT coi_interests_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: events; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.events (
    sequence bigint NOT NULL,
    stream_id text NOT NULL,
    stream_version integer NOT NULL,
    event_type text NOT NULL,
    schema_version integer NOT NULL,
    occurred_at bigint NOT NULL,
    recorded_at bigint NOT NULL,
    actor text NOT NULL,
    payload bytea NOT NULL,
    dedupe_key text,
    previous_hash bytea NOT NULL,
    hash bytea NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT events_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: gift_activities; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.gift_activities (
    sequence bigint NOT NULL,
    fiscal_year bigint NOT NULL,
    held_on text NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT gift_activities_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: gift_entries; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.gift_entries (
    entry_id text NOT NULL,
    fiscal_year bigint NOT NULL,
    number bigint NOT NULL,
    direction text NOT NULL,
    person text NOT NULL,
    department text NOT NULL,
    counterparty_name text NOT NULL,
    tax_id text,
    name_key text NOT NULL,
    deals_with_agency bigint NOT NULL,
    gift_date text NOT NULL,
    value_satang bigint NOT NULL,
    rules_version bigint NOT NULL,
    record text NOT NULL,
    reported_on text,
    decision text,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT gift_entries_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: gift_policy; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.gift_policy (
    fiscal_year bigint NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT gift_policy_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: gift_rules; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.gift_rules (
    version bigint NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT gift_rules_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: ita_frameworks; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.ita_frameworks (
    fiscal_year bigint NOT NULL,
    version bigint NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT ita_frameworks_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: ita_results; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.ita_results (
    fiscal_year bigint NOT NULL,
    framework text NOT NULL,
    stream_version bigint NOT NULL,
    revisions bigint NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT ita_results_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: procurement_announcements; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.procurement_announcements (
    project_id text NOT NULL,
    type text NOT NULL,
    published text NOT NULL,
    document text NOT NULL,
    sequence bigint NOT NULL,
    "position" bigint NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT procurement_announcements_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: procurement_bidders; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.procurement_bidders (
    project_id text NOT NULL,
    name_key text NOT NULL,
    bidder_name text NOT NULL,
    bidder_tax_id text,
    sequence bigint NOT NULL,
    "position" bigint NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT procurement_bidders_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: procurement_contracts; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.procurement_contracts (
    project_id text NOT NULL,
    contract_key text NOT NULL,
    contract_number text,
    winner_name text NOT NULL,
    winner_name_key text NOT NULL,
    winner_tax_id text,
    tax_id_reading text NOT NULL,
    signed text,
    finishes text,
    amount_satang bigint,
    agreed_satang bigint,
    status text,
    source text NOT NULL,
    sequence bigint NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT procurement_contracts_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: procurement_departments; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.procurement_departments (
    department_id text NOT NULL,
    name text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT procurement_departments_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: procurement_fingerprints; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.procurement_fingerprints (
    project_id text NOT NULL,
    fingerprint bigint NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT procurement_fingerprints_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: procurement_imports; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.procurement_imports (
    sequence bigint NOT NULL,
    kind text NOT NULL,
    file text NOT NULL,
    sha256 text NOT NULL,
    department_id text,
    recorded_at bigint NOT NULL,
    actor text NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT procurement_imports_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: procurement_projects; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.procurement_projects (
    project_id text NOT NULL,
    kind text NOT NULL,
    department_id text NOT NULL,
    department_name text,
    fiscal_year bigint NOT NULL,
    feed_fiscal_year bigint,
    contract_fiscal_year bigint,
    feed_title text,
    feed_title_published text,
    contract_title text,
    feed_method text,
    feed_method_published text,
    contract_method text,
    first_published text,
    last_published text,
    announcement_count bigint NOT NULL,
    budget_satang bigint,
    reference_price_satang bigint,
    agreed_price_satang bigint,
    contract_records bigint NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT procurement_projects_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: projection_checkpoints; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.projection_checkpoints (
    name text NOT NULL,
    version integer NOT NULL,
    sequence bigint NOT NULL
);


--
-- Name: red_flag_projects; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.red_flag_projects (
    flag_id text NOT NULL,
    project_id text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT red_flag_projects_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: red_flags; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.red_flags (
    flag_id text NOT NULL,
    fiscal_year bigint NOT NULL,
    number bigint NOT NULL,
    identity text NOT NULL,
    indicator text NOT NULL,
    department_id text NOT NULL,
    unit text,
    supplier_name text,
    supplier_tax_id text,
    project_count bigint NOT NULL,
    names_people bigint NOT NULL,
    evidence text NOT NULL,
    evidence_digest text NOT NULL,
    config_version bigint NOT NULL,
    raised_at bigint NOT NULL,
    revisions bigint NOT NULL,
    status text NOT NULL,
    dismissed_reason text,
    risk_id text,
    audit_subject text,
    stream_version bigint NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT red_flags_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: risk_measure_links; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.risk_measure_links (
    measure_id text NOT NULL,
    risk_id text NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT risk_measure_links_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: risk_measures; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.risk_measures (
    id text NOT NULL,
    fiscal_year bigint NOT NULL,
    title text NOT NULL,
    owner text NOT NULL,
    department text,
    start_day text,
    due_day text,
    status text NOT NULL,
    issue_area text,
    questions text,
    oit_items text,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT risk_measures_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: risk_register; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.risk_register (
    id text NOT NULL,
    fiscal_year bigint NOT NULL,
    department text NOT NULL,
    category text NOT NULL,
    process text NOT NULL,
    event text NOT NULL,
    owner text,
    matrix text NOT NULL,
    copied_from text,
    inherent_likelihood bigint,
    inherent_impact bigint,
    inherent_score bigint,
    inherent_band text,
    inherent_band_name text,
    inherent_matrix text,
    current_likelihood bigint,
    current_impact bigint,
    current_score bigint,
    current_band text,
    current_band_name text,
    current_matrix text,
    residual_likelihood bigint,
    residual_impact bigint,
    residual_score bigint,
    residual_band text,
    residual_band_name text,
    residual_matrix text,
    accepted_until text,
    accepted_by text,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT risk_register_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: store_profile; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.store_profile (
    id bigint NOT NULL,
    agency_name text,
    department_id text,
    created_by text NOT NULL,
    created_at bigint NOT NULL,
    agency text DEFAULT '6302203'::text NOT NULL,
    CONSTRAINT store_profile_agency_check CHECK ((agency = '6302203'::text))
);


--
-- Name: sujarit_migrations; Type: TABLE; Schema: agency_6302203; Owner: -
--

CREATE TABLE agency_6302203.sujarit_migrations (
    id text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: agency_departments; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.agency_departments (
    code text NOT NULL,
    name text NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT agency_departments_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: agency_staff; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.agency_staff (
    id text NOT NULL,
    name text NOT NULL,
    department text NOT NULL,
    roles text NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT agency_staff_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: audit_engagements; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.audit_engagements (
    fiscal_year bigint NOT NULL,
    subject text NOT NULL,
    started_on text NOT NULL,
    closed_on text,
    auditors text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT audit_engagements_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: audit_findings; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.audit_findings (
    id text NOT NULL,
    fiscal_year bigint NOT NULL,
    number bigint NOT NULL,
    subject text NOT NULL,
    recorded_on text NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT audit_findings_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: audit_plans; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.audit_plans (
    fiscal_year bigint NOT NULL,
    status text NOT NULL,
    capacity bigint NOT NULL,
    entry_count bigint NOT NULL,
    total_person_days bigint NOT NULL,
    approved_by text,
    approved_on text,
    amendments bigint NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT audit_plans_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: audit_recommendations; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.audit_recommendations (
    finding_id text NOT NULL,
    number bigint NOT NULL,
    fiscal_year bigint NOT NULL,
    subject text NOT NULL,
    action_owner text NOT NULL,
    due text NOT NULL,
    status text NOT NULL,
    rounds bigint NOT NULL,
    last_round_on text,
    last_round text,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT audit_recommendations_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: audit_subjects; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.audit_subjects (
    id text NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    department text,
    risk_rank bigint,
    last_engagement_closed text,
    record text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT audit_subjects_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: chain_head; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.chain_head (
    id integer NOT NULL,
    sequence bigint NOT NULL,
    hash bytea NOT NULL,
    CONSTRAINT chain_head_id_check CHECK ((id = 1))
);


--
-- Name: coi_committee_seats; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.coi_committee_seats (
    project text NOT NULL,
    staff_id text NOT NULL,
    role text NOT NULL,
    appointed_on text,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT coi_committee_seats_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: coi_declarations; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.coi_declarations (
    declaration_id text NOT NULL,
    declarant text NOT NULL,
    department text NOT NULL,
    kind text NOT NULL,
    fiscal_year bigint,
    project text,
    role text,
    signed_on text NOT NULL,
    status text NOT NULL,
    amendments bigint NOT NULL,
    interest_count bigint NOT NULL,
    recused bigint NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT coi_declarations_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: coi_interests; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.coi_interests (
    declaration_id text NOT NULL,
    "position" bigint NOT NULL,
    party_name text,
    party_kind text,
    tax_id text,
    name_key text NOT NULL,
    relationship text NOT NULL,
    share text,
    from_date text,
    to_date text,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT coi_interests_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: events; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.events (
    sequence bigint NOT NULL,
    stream_id text NOT NULL,
    stream_version integer NOT NULL,
    event_type text NOT NULL,
    schema_version integer NOT NULL,
    occurred_at bigint NOT NULL,
    recorded_at bigint NOT NULL,
    actor text NOT NULL,
    payload bytea NOT NULL,
    dedupe_key text,
    previous_hash bytea NOT NULL,
    hash bytea NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT events_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: gift_activities; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.gift_activities (
    sequence bigint NOT NULL,
    fiscal_year bigint NOT NULL,
    held_on text NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT gift_activities_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: gift_entries; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.gift_entries (
    entry_id text NOT NULL,
    fiscal_year bigint NOT NULL,
    number bigint NOT NULL,
    direction text NOT NULL,
    person text NOT NULL,
    department text NOT NULL,
    counterparty_name text NOT NULL,
    tax_id text,
    name_key text NOT NULL,
    deals_with_agency bigint NOT NULL,
    gift_date text NOT NULL,
    value_satang bigint NOT NULL,
    rules_version bigint NOT NULL,
    record text NOT NULL,
    reported_on text,
    decision text,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT gift_entries_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: gift_policy; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.gift_policy (
    fiscal_year bigint NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT gift_policy_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: gift_rules; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.gift_rules (
    version bigint NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT gift_rules_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: ita_frameworks; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.ita_frameworks (
    fiscal_year bigint NOT NULL,
    version bigint NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT ita_frameworks_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: ita_results; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.ita_results (
    fiscal_year bigint NOT NULL,
    framework text NOT NULL,
    stream_version bigint NOT NULL,
    revisions bigint NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT ita_results_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: procurement_announcements; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.procurement_announcements (
    project_id text NOT NULL,
    type text NOT NULL,
    published text NOT NULL,
    document text NOT NULL,
    sequence bigint NOT NULL,
    "position" bigint NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT procurement_announcements_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: procurement_bidders; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.procurement_bidders (
    project_id text NOT NULL,
    name_key text NOT NULL,
    bidder_name text NOT NULL,
    bidder_tax_id text,
    sequence bigint NOT NULL,
    "position" bigint NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT procurement_bidders_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: procurement_contracts; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.procurement_contracts (
    project_id text NOT NULL,
    contract_key text NOT NULL,
    contract_number text,
    winner_name text NOT NULL,
    winner_name_key text NOT NULL,
    winner_tax_id text,
    tax_id_reading text NOT NULL,
    signed text,
    finishes text,
    amount_satang bigint,
    agreed_satang bigint,
    status text,
    source text NOT NULL,
    sequence bigint NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT procurement_contracts_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: procurement_departments; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.procurement_departments (
    department_id text NOT NULL,
    name text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT procurement_departments_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: procurement_fingerprints; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.procurement_fingerprints (
    project_id text NOT NULL,
    fingerprint bigint NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT procurement_fingerprints_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: procurement_imports; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.procurement_imports (
    sequence bigint NOT NULL,
    kind text NOT NULL,
    file text NOT NULL,
    sha256 text NOT NULL,
    department_id text,
    recorded_at bigint NOT NULL,
    actor text NOT NULL,
    record text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT procurement_imports_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: procurement_projects; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.procurement_projects (
    project_id text NOT NULL,
    kind text NOT NULL,
    department_id text NOT NULL,
    department_name text,
    fiscal_year bigint NOT NULL,
    feed_fiscal_year bigint,
    contract_fiscal_year bigint,
    feed_title text,
    feed_title_published text,
    contract_title text,
    feed_method text,
    feed_method_published text,
    contract_method text,
    first_published text,
    last_published text,
    announcement_count bigint NOT NULL,
    budget_satang bigint,
    reference_price_satang bigint,
    agreed_price_satang bigint,
    contract_records bigint NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT procurement_projects_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: projection_checkpoints; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.projection_checkpoints (
    name text NOT NULL,
    version integer NOT NULL,
    sequence bigint NOT NULL
);


--
-- Name: red_flag_projects; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.red_flag_projects (
    flag_id text NOT NULL,
    project_id text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT red_flag_projects_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: red_flags; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.red_flags (
    flag_id text NOT NULL,
    fiscal_year bigint NOT NULL,
    number bigint NOT NULL,
    identity text NOT NULL,
    indicator text NOT NULL,
    department_id text NOT NULL,
    unit text,
    supplier_name text,
    supplier_tax_id text,
    project_count bigint NOT NULL,
    names_people bigint NOT NULL,
    evidence text NOT NULL,
    evidence_digest text NOT NULL,
    config_version bigint NOT NULL,
    raised_at bigint NOT NULL,
    revisions bigint NOT NULL,
    status text NOT NULL,
    dismissed_reason text,
    risk_id text,
    audit_subject text,
    stream_version bigint NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT red_flags_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: risk_measure_links; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.risk_measure_links (
    measure_id text NOT NULL,
    risk_id text NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT risk_measure_links_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: risk_measures; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.risk_measures (
    id text NOT NULL,
    fiscal_year bigint NOT NULL,
    title text NOT NULL,
    owner text NOT NULL,
    department text,
    start_day text,
    due_day text,
    status text NOT NULL,
    issue_area text,
    questions text,
    oit_items text,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT risk_measures_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: risk_register; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.risk_register (
    id text NOT NULL,
    fiscal_year bigint NOT NULL,
    department text NOT NULL,
    category text NOT NULL,
    process text NOT NULL,
    event text NOT NULL,
    owner text,
    matrix text NOT NULL,
    copied_from text,
    inherent_likelihood bigint,
    inherent_impact bigint,
    inherent_score bigint,
    inherent_band text,
    inherent_band_name text,
    inherent_matrix text,
    current_likelihood bigint,
    current_impact bigint,
    current_score bigint,
    current_band text,
    current_band_name text,
    current_matrix text,
    residual_likelihood bigint,
    residual_impact bigint,
    residual_score bigint,
    residual_band text,
    residual_band_name text,
    residual_matrix text,
    accepted_until text,
    accepted_by text,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT risk_register_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: store_profile; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.store_profile (
    id bigint NOT NULL,
    agency_name text,
    department_id text,
    created_by text NOT NULL,
    created_at bigint NOT NULL,
    agency text DEFAULT '9600101'::text NOT NULL,
    CONSTRAINT store_profile_agency_check CHECK ((agency = '9600101'::text))
);


--
-- Name: sujarit_migrations; Type: TABLE; Schema: agency_9600101; Owner: -
--

CREATE TABLE agency_9600101.sujarit_migrations (
    id text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: agencies; Type: TABLE; Schema: sujarit; Owner: -
--

CREATE TABLE sujarit.agencies (
    department_id text NOT NULL,
    schema_name text NOT NULL,
    province text,
    registered_by text DEFAULT CURRENT_USER NOT NULL,
    registered_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Data for Name: agency_departments; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.agency_departments (code, name, record, agency) FROM stdin;
CLERK	สำนักปลัดเทศบาล	{"code":"CLERK","name":"สำนักปลัดเทศบาล","nameEnglish":"Office of the Municipal Clerk"}	6302203
FIN	กองคลัง	{"code":"FIN","name":"กองคลัง","nameEnglish":"Finance Division"}	6302203
ENG	กองช่าง	{"code":"ENG","name":"กองช่าง","nameEnglish":"Public Works Division"}	6302203
EDU	กองการศึกษา	{"code":"EDU","name":"กองการศึกษา","nameEnglish":"Education Division"}	6302203
HEALTH	กองสาธารณสุขและสิ่งแวดล้อม	{"code":"HEALTH","name":"กองสาธารณสุขและสิ่งแวดล้อม","nameEnglish":"Public Health and Environment Division"}	6302203
AUDIT	หน่วยตรวจสอบภายใน	{"code":"AUDIT","name":"หน่วยตรวจสอบภายใน","nameEnglish":"Internal Audit Unit"}	6302203
\.


--
-- Data for Name: agency_staff; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.agency_staff (id, name, department, roles, record, agency) FROM stdin;
mayor	นายอับดุลเลาะ สาและ	CLERK	executive,staff	{"department":"CLERK","id":"mayor","name":"นายอับดุลเลาะ สาและ","position":"นายกเทศมนตรีเมืองตากใบ","roles":["executive","staff"],"since":"2021-05-01"}	6302203
palad	นายวีระพงษ์ ทองดี	CLERK	committee-chair,executive,staff	{"department":"CLERK","id":"palad","name":"นายวีระพงษ์ ทองดี","position":"ปลัดเทศบาล","roles":["committee-chair","executive","staff"],"since":"2016-10-01"}	6302203
sompong	นางสมพร แก้วมณี	CLERK	committee-member,staff	{"department":"CLERK","id":"sompong","name":"นางสมพร แก้วมณี","position":"หัวหน้าสำนักปลัดเทศบาล","roles":["committee-member","staff"],"since":"2012-06-01"}	6302203
nisa	นางสาวนิสา ยูโซะ	FIN	committee-member,staff	{"department":"FIN","id":"nisa","name":"นางสาวนิสา ยูโซะ","position":"ผู้อำนวยการกองคลัง","roles":["committee-member","staff"],"since":"2014-03-15"}	6302203
surachai	นายสุรชัย พรหมทอง	ENG	committee-member,staff	{"department":"ENG","id":"surachai","name":"นายสุรชัย พรหมทอง","position":"ผู้อำนวยการกองช่าง","roles":["committee-member","staff"],"since":"2010-11-01"}	6302203
fatimah	นางฟาตีเมาะ ดอเลาะ	EDU	committee-member,staff	{"department":"EDU","id":"fatimah","name":"นางฟาตีเมาะ ดอเลาะ","position":"ผู้อำนวยการกองการศึกษา","roles":["committee-member","staff"],"since":"2018-01-02"}	6302203
anan	นายอนันต์ ศรีสุข	AUDIT	auditor,staff	{"department":"AUDIT","id":"anan","name":"นายอนันต์ ศรีสุข","position":"นักวิชาการตรวจสอบภายในชำนาญการ","roles":["auditor","staff"],"since":"2017-07-01"}	6302203
pimchanok	นางสาวพิมพ์ชนก ใจซื่อ	CLERK	legal-officer,staff	{"department":"CLERK","id":"pimchanok","name":"นางสาวพิมพ์ชนก ใจซื่อ","position":"นิติกรชำนาญการ","roles":["legal-officer","staff"],"since":"2019-02-01"}	6302203
kittipong	นายกิตติพงษ์ มะลิวัลย์	FIN	procurement-officer,staff	{"department":"FIN","id":"kittipong","name":"นายกิตติพงษ์ มะลิวัลย์","position":"เจ้าพนักงานพัสดุชำนาญงาน","roles":["procurement-officer","staff"],"since":"2015-05-18"}	6302203
rusdee	นายรุสดี มามะ	ENG	staff	{"department":"ENG","id":"rusdee","name":"นายรุสดี มามะ","position":"นายช่างโยธาชำนาญงาน","roles":["staff"],"since":"2013-09-01"}	6302203
wanida	นางวนิดา บุญมา	HEALTH	staff	{"department":"HEALTH","id":"wanida","name":"นางวนิดา บุญมา","position":"นักวิชาการสาธารณสุขชำนาญการ","roles":["staff"],"since":"2016-04-01"}	6302203
admin	นายธนากร รักษ์ดี	CLERK	administrator,staff	{"department":"CLERK","id":"admin","name":"นายธนากร รักษ์ดี","position":"นักวิชาการคอมพิวเตอร์","roles":["administrator","staff"],"since":"2020-08-03"}	6302203
\.


--
-- Data for Name: audit_engagements; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.audit_engagements (fiscal_year, subject, started_on, closed_on, auditors, agency) FROM stdin;
\.


--
-- Data for Name: audit_findings; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.audit_findings (id, fiscal_year, number, subject, recorded_on, record, agency) FROM stdin;
\.


--
-- Data for Name: audit_plans; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.audit_plans (fiscal_year, status, capacity, entry_count, total_person_days, approved_by, approved_on, amendments, agency) FROM stdin;
\.


--
-- Data for Name: audit_recommendations; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.audit_recommendations (finding_id, number, fiscal_year, subject, action_owner, due, status, rounds, last_round_on, last_round, agency) FROM stdin;
\.


--
-- Data for Name: audit_subjects; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.audit_subjects (id, kind, title, department, risk_rank, last_engagement_closed, record, agency) FROM stdin;
\.


--
-- Data for Name: chain_head; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.chain_head (id, sequence, hash) FROM stdin;
1	126	\\xc72b84b1bf0b8b1eb10fa6c5b93ca4d0030767175e5d89016c45747881a53f53
\.


--
-- Data for Name: coi_committee_seats; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.coi_committee_seats (project, staff_id, role, appointed_on, agency) FROM stdin;
67119000333	surachai	e-bidding-chair	2024-10-15	6302203
67119000333	rusdee	e-bidding-member	2024-10-15	6302203
67119000333	wanida	e-bidding-member	2024-10-15	6302203
67119000333	nisa	head-officer	2024-10-15	6302203
67119000333	surachai	inspection-chair	2024-10-15	6302203
67119000333	fatimah	inspection-member	2024-10-15	6302203
67119000333	kittipong	officer	2024-10-15	6302203
\.


--
-- Data for Name: coi_declarations; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.coi_declarations (declaration_id, declarant, department, kind, fiscal_year, project, role, signed_on, status, amendments, interest_count, recused, agency) FROM stdin;
A2568-palad	palad	CLERK	annual	2568	\N	\N	2024-10-01	active	0	0	0	6302203
A2568-surachai	surachai	ENG	annual	2568	\N	\N	2024-10-01	active	0	0	0	6302203
A2568-nisa	nisa	FIN	annual	2568	\N	\N	2024-10-02	active	0	1	0	6302203
A2568-kittipong	kittipong	FIN	annual	2568	\N	\N	2024-10-02	active	0	0	0	6302203
67119000333-officer-kittipong	kittipong	FIN	procurement	\N	67119000333	officer	2024-10-18	active	0	0	0	6302203
67119000333-head-officer-nisa	nisa	FIN	procurement	\N	67119000333	head-officer	2024-10-18	active	0	0	0	6302203
67119000333-e-bidding-chair-surachai	surachai	ENG	procurement	\N	67119000333	e-bidding-chair	2024-11-20	active	0	0	0	6302203
67119000333-e-bidding-member-rusdee	rusdee	ENG	procurement	\N	67119000333	e-bidding-member	2024-11-20	active	0	1	1	6302203
\.


--
-- Data for Name: coi_interests; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.coi_interests (declaration_id, "position", party_name, party_kind, tax_id, name_key, relationship, share, from_date, to_date, agency) FROM stdin;
A2568-nisa	1	บริษัท นราคอมพิวเตอร์ จำกัด	firm	0965530000454	นราคอมพิวเตอร์	shareholder	5.00	2020-01-02	\N	6302203
67119000333-e-bidding-member-rusdee	1	ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา	firm	0963550000121	รุ่งเรืองการโยธา	relative	\N	\N	\N	6302203
\.


--
-- Data for Name: events; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.events (sequence, stream_id, stream_version, event_type, schema_version, occurred_at, recorded_at, actor, payload, dedupe_key, previous_hash, hash, agency) FROM stdin;
1	store/profile	1	StoreInitialized	1	1796589151716700	1796589151942955	sujarit	\\x7b226167656e63794e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226465706172746d656e744944223a2236333032323033222c2273756a6172697456657273696f6e223a22302e312e30227d	\N	\\x0000000000000000000000000000000000000000000000000000000000000000	\\xb7320e9c61314bb11a27a5a6ad5ed6eac08b1cc9b09ab8b09e8ab5cc83343447	6302203
2	store/profile	2	AgencyProfileUpdated	1	1796589152130433	1796589152332987	sujarit	\\x7b226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c22666f6c6c6f7765644465706172746d656e7473223a5b2236393630353031225d2c22686561645469746c65223a22e0b899e0b8b2e0b8a2e0b881e0b980e0b897e0b8a8e0b8a1e0b899e0b895e0b8a3e0b8b5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226b696e64223a226c6f63616c2d676f7665726e6d656e74222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa227d	\N	\\xb7320e9c61314bb11a27a5a6ad5ed6eac08b1cc9b09ab8b09e8ab5cc83343447	\\x3b5abbf76e5243dc8fed38d1afd02e8df2aaf84cf0425ab7f8e929f88324d78a	6302203
3	department/CLERK	1	DepartmentDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226465706172746d656e74223a7b22636f6465223a22434c45524b222c226e616d65223a22e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c226e616d65456e676c697368223a224f6666696365206f6620746865204d756e69636970616c20436c65726b227d7d	\N	\\x3b5abbf76e5243dc8fed38d1afd02e8df2aaf84cf0425ab7f8e929f88324d78a	\\xb6b6932449bd054bb146d48673cc105c66be69061f722ae3d04405bab91f3f04	6302203
4	department/FIN	1	DepartmentDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226465706172746d656e74223a7b22636f6465223a2246494e222c226e616d65223a22e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c226e616d65456e676c697368223a2246696e616e6365204469766973696f6e227d7d	\N	\\xb6b6932449bd054bb146d48673cc105c66be69061f722ae3d04405bab91f3f04	\\x8f8162f265dccd6e3618c6c0f5a19ae6ef3d39a163b8b970196062271287078b	6302203
5	department/ENG	1	DepartmentDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226465706172746d656e74223a7b22636f6465223a22454e47222c226e616d65223a22e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c226e616d65456e676c697368223a225075626c696320576f726b73204469766973696f6e227d7d	\N	\\x8f8162f265dccd6e3618c6c0f5a19ae6ef3d39a163b8b970196062271287078b	\\x18a6da41720851abcbc53670946f31efd4ff5d58424078028019d025ab0cbd15	6302203
6	department/EDU	1	DepartmentDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226465706172746d656e74223a7b22636f6465223a22454455222c226e616d65223a22e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b2222c226e616d65456e676c697368223a22456475636174696f6e204469766973696f6e227d7d	\N	\\x18a6da41720851abcbc53670946f31efd4ff5d58424078028019d025ab0cbd15	\\x4806aeff24e5b4c27f0e71eadca161e018b9d142918037378f9c621cde5699b4	6302203
7	department/HEALTH	1	DepartmentDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226465706172746d656e74223a7b22636f6465223a224845414c5448222c226e616d65223a22e0b881e0b8ade0b887e0b8aae0b8b2e0b898e0b8b2e0b8a3e0b893e0b8aae0b8b8e0b882e0b981e0b8a5e0b8b0e0b8aae0b8b4e0b988e0b887e0b981e0b8a7e0b894e0b8a5e0b989e0b8ade0b8a1222c226e616d65456e676c697368223a225075626c6963204865616c746820616e6420456e7669726f6e6d656e74204469766973696f6e227d7d	\N	\\x4806aeff24e5b4c27f0e71eadca161e018b9d142918037378f9c621cde5699b4	\\xc03151a5c34f2cd5cedd3340b00ca8bb39ff879f9e1f706cf4909d60e438602d	6302203
8	department/AUDIT	1	DepartmentDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226465706172746d656e74223a7b22636f6465223a224155444954222c226e616d65223a22e0b8abe0b899e0b988e0b8a7e0b8a2e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b8a0e0b8b2e0b8a2e0b983e0b899222c226e616d65456e676c697368223a22496e7465726e616c20417564697420556e6974227d7d	\N	\\xc03151a5c34f2cd5cedd3340b00ca8bb39ff879f9e1f706cf4909d60e438602d	\\xca6ff60212b549b8415a3b5feedd5118b718a5e794c6cec4c1a658531b20efa8	6302203
9	staff/mayor	1	StaffMemberDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22434c45524b222c226964223a226d61796f72222c226e616d65223a22e0b899e0b8b2e0b8a2e0b8ade0b8b1e0b89ae0b894e0b8b8e0b8a5e0b980e0b8a5e0b8b2e0b8b020e0b8aae0b8b2e0b981e0b8a5e0b8b0222c22706f736974696f6e223a22e0b899e0b8b2e0b8a2e0b881e0b980e0b897e0b8a8e0b8a1e0b899e0b895e0b8a3e0b8b5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c22726f6c6573223a5b22657865637574697665222c227374616666225d2c2273696e6365223a22323032312d30352d3031227d7d	\N	\\xca6ff60212b549b8415a3b5feedd5118b718a5e794c6cec4c1a658531b20efa8	\\x86cfcaf0852e630635f560d411718322e6b88fb40d6b1afb3bebf80f6fca0c49	6302203
10	staff/palad	1	StaffMemberDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22434c45524b222c226964223a2270616c6164222c226e616d65223a22e0b899e0b8b2e0b8a2e0b8a7e0b8b5e0b8a3e0b8b0e0b89ee0b887e0b8a9e0b98c20e0b897e0b8ade0b887e0b894e0b8b5222c22706f736974696f6e223a22e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c22726f6c6573223a5b22636f6d6d69747465652d6368616972222c22657865637574697665222c227374616666225d2c2273696e6365223a22323031362d31302d3031227d7d	\N	\\x86cfcaf0852e630635f560d411718322e6b88fb40d6b1afb3bebf80f6fca0c49	\\x58f5ea3ee1676ba5accfbac2eaf72bd5eb2bb2c366d1c70673adc600f843183b	6302203
11	staff/sompong	1	StaffMemberDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22434c45524b222c226964223a22736f6d706f6e67222c226e616d65223a22e0b899e0b8b2e0b887e0b8aae0b8a1e0b89ee0b8a320e0b981e0b881e0b989e0b8a7e0b8a1e0b893e0b8b5222c22706f736974696f6e223a22e0b8abe0b8b1e0b8a7e0b8abe0b899e0b989e0b8b2e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c22726f6c6573223a5b22636f6d6d69747465652d6d656d626572222c227374616666225d2c2273696e6365223a22323031322d30362d3031227d7d	\N	\\x58f5ea3ee1676ba5accfbac2eaf72bd5eb2bb2c366d1c70673adc600f843183b	\\xb8b4e62f02c8214fea122e76867be19fc6c9f5c546a07225b62f8dbd12a8b917	6302203
12	staff/nisa	1	StaffMemberDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a2246494e222c226964223a226e697361222c226e616d65223a22e0b899e0b8b2e0b887e0b8aae0b8b2e0b8a7e0b899e0b8b4e0b8aae0b8b220e0b8a2e0b8b9e0b982e0b88be0b8b0222c22706f736974696f6e223a22e0b89ce0b8b9e0b989e0b8ade0b8b3e0b899e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c22726f6c6573223a5b22636f6d6d69747465652d6d656d626572222c227374616666225d2c2273696e6365223a22323031342d30332d3135227d7d	\N	\\xb8b4e62f02c8214fea122e76867be19fc6c9f5c546a07225b62f8dbd12a8b917	\\xd99663e7150a865f4973a45dd557461db43abb9c27ab8162699f38df107a070d	6302203
13	staff/surachai	1	StaffMemberDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22454e47222c226964223a227375726163686169222c226e616d65223a22e0b899e0b8b2e0b8a2e0b8aae0b8b8e0b8a3e0b88ae0b8b1e0b8a220e0b89ee0b8a3e0b8abe0b8a1e0b897e0b8ade0b887222c22706f736974696f6e223a22e0b89ce0b8b9e0b989e0b8ade0b8b3e0b899e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c22726f6c6573223a5b22636f6d6d69747465652d6d656d626572222c227374616666225d2c2273696e6365223a22323031302d31312d3031227d7d	\N	\\xd99663e7150a865f4973a45dd557461db43abb9c27ab8162699f38df107a070d	\\x9f53c056f5fd07d3f2a2236096d91c79c2340f32f3073d4eb19f05c031f6cbbc	6302203
14	staff/fatimah	1	StaffMemberDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22454455222c226964223a22666174696d6168222c226e616d65223a22e0b899e0b8b2e0b887e0b89fe0b8b2e0b895e0b8b5e0b980e0b8a1e0b8b2e0b8b020e0b894e0b8ade0b980e0b8a5e0b8b2e0b8b0222c22706f736974696f6e223a22e0b89ce0b8b9e0b989e0b8ade0b8b3e0b899e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b2222c22726f6c6573223a5b22636f6d6d69747465652d6d656d626572222c227374616666225d2c2273696e6365223a22323031382d30312d3032227d7d	\N	\\x9f53c056f5fd07d3f2a2236096d91c79c2340f32f3073d4eb19f05c031f6cbbc	\\x795655f6a3bdddb303531cebcec19a07a6e2a86cf9a3fd81ffc5a6e666be6462	6302203
15	staff/anan	1	StaffMemberDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a224155444954222c226964223a22616e616e222c226e616d65223a22e0b899e0b8b2e0b8a2e0b8ade0b899e0b8b1e0b899e0b895e0b98c20e0b8a8e0b8a3e0b8b5e0b8aae0b8b8e0b882222c22706f736974696f6e223a22e0b899e0b8b1e0b881e0b8a7e0b8b4e0b88ae0b8b2e0b881e0b8b2e0b8a3e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b8a0e0b8b2e0b8a2e0b983e0b899e0b88ae0b8b3e0b899e0b8b2e0b88de0b881e0b8b2e0b8a3222c22726f6c6573223a5b2261756469746f72222c227374616666225d2c2273696e6365223a22323031372d30372d3031227d7d	\N	\\x795655f6a3bdddb303531cebcec19a07a6e2a86cf9a3fd81ffc5a6e666be6462	\\x2f3004dfd3af79dc1509abf5dbaa5275fdf95e024ace746b90c4ae33ac62eec3	6302203
16	staff/pimchanok	1	StaffMemberDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22434c45524b222c226964223a2270696d6368616e6f6b222c226e616d65223a22e0b899e0b8b2e0b887e0b8aae0b8b2e0b8a7e0b89ee0b8b4e0b8a1e0b89ee0b98ce0b88ae0b899e0b88120e0b983e0b888e0b88be0b8b7e0b988e0b8ad222c22706f736974696f6e223a22e0b899e0b8b4e0b895e0b8b4e0b881e0b8a3e0b88ae0b8b3e0b899e0b8b2e0b88de0b881e0b8b2e0b8a3222c22726f6c6573223a5b226c6567616c2d6f666669636572222c227374616666225d2c2273696e6365223a22323031392d30322d3031227d7d	\N	\\x2f3004dfd3af79dc1509abf5dbaa5275fdf95e024ace746b90c4ae33ac62eec3	\\xa895d3f433c627944b567f12a2b3714b33ac653baec3945f30f39c98a73b13dd	6302203
17	staff/kittipong	1	StaffMemberDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a2246494e222c226964223a226b69747469706f6e67222c226e616d65223a22e0b899e0b8b2e0b8a2e0b881e0b8b4e0b895e0b895e0b8b4e0b89ee0b887e0b8a9e0b98c20e0b8a1e0b8b0e0b8a5e0b8b4e0b8a7e0b8b1e0b8a5e0b8a2e0b98c222c22706f736974696f6e223a22e0b980e0b888e0b989e0b8b2e0b89ee0b899e0b8b1e0b881e0b887e0b8b2e0b899e0b89ee0b8b1e0b8aae0b894e0b8b8e0b88ae0b8b3e0b899e0b8b2e0b88de0b887e0b8b2e0b899222c22726f6c6573223a5b2270726f637572656d656e742d6f666669636572222c227374616666225d2c2273696e6365223a22323031352d30352d3138227d7d	\N	\\xa895d3f433c627944b567f12a2b3714b33ac653baec3945f30f39c98a73b13dd	\\x3981f5d4ca22f83b37856b6491e8427149dc970366458e0fb70b044d525c9c82	6302203
18	staff/rusdee	1	StaffMemberDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22454e47222c226964223a22727573646565222c226e616d65223a22e0b899e0b8b2e0b8a2e0b8a3e0b8b8e0b8aae0b894e0b8b520e0b8a1e0b8b2e0b8a1e0b8b0222c22706f736974696f6e223a22e0b899e0b8b2e0b8a2e0b88ae0b988e0b8b2e0b887e0b982e0b8a2e0b898e0b8b2e0b88ae0b8b3e0b899e0b8b2e0b88de0b887e0b8b2e0b899222c22726f6c6573223a5b227374616666225d2c2273696e6365223a22323031332d30392d3031227d7d	\N	\\x3981f5d4ca22f83b37856b6491e8427149dc970366458e0fb70b044d525c9c82	\\x8a1c65e4ea439bbf109a05f526abeaf36c9210b9be2c356f9cee93ea53643fd3	6302203
19	staff/wanida	1	StaffMemberDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a224845414c5448222c226964223a2277616e696461222c226e616d65223a22e0b899e0b8b2e0b887e0b8a7e0b899e0b8b4e0b894e0b8b220e0b89ae0b8b8e0b88de0b8a1e0b8b2222c22706f736974696f6e223a22e0b899e0b8b1e0b881e0b8a7e0b8b4e0b88ae0b8b2e0b881e0b8b2e0b8a3e0b8aae0b8b2e0b898e0b8b2e0b8a3e0b893e0b8aae0b8b8e0b882e0b88ae0b8b3e0b899e0b8b2e0b88de0b881e0b8b2e0b8a3222c22726f6c6573223a5b227374616666225d2c2273696e6365223a22323031362d30342d3031227d7d	\N	\\x8a1c65e4ea439bbf109a05f526abeaf36c9210b9be2c356f9cee93ea53643fd3	\\xb6b43a32f248465b6068051eec730d4335d0a2b96ae49a554ca31d7de215bd79	6302203
20	staff/admin	1	StaffMemberDefined	1	1796589152536571	1796589152567760	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22434c45524b222c226964223a2261646d696e222c226e616d65223a22e0b899e0b8b2e0b8a2e0b898e0b899e0b8b2e0b881e0b8a320e0b8a3e0b8b1e0b881e0b8a9e0b98ce0b894e0b8b5222c22706f736974696f6e223a22e0b899e0b8b1e0b881e0b8a7e0b8b4e0b88ae0b8b2e0b881e0b8b2e0b8a3e0b884e0b8ade0b8a1e0b89ee0b8b4e0b8a7e0b980e0b895e0b8ade0b8a3e0b98c222c22726f6c6573223a5b2261646d696e6973747261746f72222c227374616666225d2c2273696e6365223a22323032302d30382d3033227d7d	\N	\\xb6b43a32f248465b6068051eec730d4335d0a2b96ae49a554ca31d7de215bd79	\\x05abf41699e4b7490fec42ae5bc0a79307bde844bd2bf9ce2a7fc5cf1774a991	6302203
21	riskcategory/permits	1	RiskCategoryDefined	1	1796589154138981	1796589154223328	palad	\\x7b2263617465676f7279223a7b22636f6465223a227065726d697473222c226e616d65223a7b22656e223a22417070726f76616c7320616e64207065726d697473222c227468223a22e0b881e0b8b2e0b8a3e0b89ee0b8b4e0b888e0b8b2e0b8a3e0b893e0b8b2e0b8ade0b899e0b8b8e0b8a1e0b8b1e0b895e0b8b420e0b8ade0b899e0b8b8e0b88de0b8b2e0b895227d7d7d	\N	\\x05abf41699e4b7490fec42ae5bc0a79307bde844bd2bf9ce2a7fc5cf1774a991	\\x505afea4b73f207b1393f447aeddd185938e0b72c6fa60a5b3c0fbc7d95a76c3	6302203
22	riskcategory/authority	1	RiskCategoryDefined	1	1796589154138981	1796589154223328	palad	\\x7b2263617465676f7279223a7b22636f6465223a22617574686f72697479222c226e616d65223a7b22656e223a22557365206f6620617574686f7269747920616e6420706f736974696f6e222c227468223a22e0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b8ade0b8b3e0b899e0b8b2e0b888e0b981e0b8a5e0b8b0e0b895e0b8b3e0b981e0b8abe0b899e0b988e0b887e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b988227d7d7d	\N	\\x505afea4b73f207b1393f447aeddd185938e0b72c6fa60a5b3c0fbc7d95a76c3	\\x000c45c230600289cbba7b4b1df8d286463059a2402ff476ceaf4767b88e0f41	6302203
23	riskcategory/budget	1	RiskCategoryDefined	1	1796589154138981	1796589154223328	palad	\\x7b2263617465676f7279223a7b22636f6465223a22627564676574222c226e616d65223a7b22656e223a22557365206f662062756467657420616e64207374617465207265736f7572636573222c227468223a22e0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b888e0b988e0b8b2e0b8a2e0b887e0b89ae0b89be0b8a3e0b8b0e0b8a1e0b8b2e0b893e0b981e0b8a5e0b8b0e0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b888e0b8b1e0b894e0b881e0b8b2e0b8a3e0b897e0b8a3e0b8b1e0b89ee0b8a2e0b8b2e0b881e0b8a3e0b8a0e0b8b2e0b884e0b8a3e0b8b1e0b890227d7d7d	\N	\\x000c45c230600289cbba7b4b1df8d286463059a2402ff476ceaf4767b88e0f41	\\x7903a901d80191f910132db4e4fbbaff4e484284235854ae6cd912a5798eb94c	6302203
24	riskcategory/procurement	1	RiskCategoryDefined	1	1796589154138981	1796589154223328	palad	\\x7b2263617465676f7279223a7b22636f6465223a2270726f637572656d656e74222c226e616d65223a7b22656e223a2250726f637572656d656e74222c227468223a22e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b888e0b8b1e0b894e0b888e0b989e0b8b2e0b887227d7d7d	\N	\\x7903a901d80191f910132db4e4fbbaff4e484284235854ae6cd912a5798eb94c	\\xe260c5c5ed2493597edfd0c7e53e8ce582770aa27d3ef281dd6a376f2d97a061	6302203
25	riskmatrix/3x3@1	1	RiskMatrixAdopted	1	1796589154138981	1796589154223328	palad	\\x7b226d6174726978223a7b2262616e6473223a5b7b22636f6c6f72223a2223346361663530222c226964223a226c6f77222c226e616d65223a7b22656e223a224c6f77222c227468223a22e0b895e0b988e0b8b3227d2c2272616e6b223a312c2273636f726573223a5b312c325d7d2c7b22636f6c6f72223a2223666464383335222c226964223a226d656469756d222c226e616d65223a7b22656e223a224d656469756d222c227468223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887227d2c2272616e6b223a322c2273636f726573223a5b332c345d7d2c7b22636f6c6f72223a2223653533393335222c226964223a2268696768222c226e616d65223a7b22656e223a2248696768222c227468223a22e0b8aae0b8b9e0b887227d2c2272616e6b223a332c2273636f726573223a5b362c395d7d5d2c2267726964223a5b5b226c6f77222c226c6f77222c226d656469756d225d2c5b226c6f77222c226d656469756d222c2268696768225d2c5b226d656469756d222c2268696768222c2268696768225d5d2c226964223a22337833222c22696d70616374223a7b226c6576656c73223a5b7b226465736372697074696f6e223a22e0b884e0b8a7e0b8b2e0b8a1e0b980e0b8aae0b8b5e0b8a2e0b8abe0b8b2e0b8a2e0b980e0b8a5e0b987e0b881e0b899e0b989e0b8ade0b8a220e0b981e0b881e0b989e0b984e0b882e0b984e0b894e0b989e0b8a0e0b8b2e0b8a2e0b983e0b899e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b899222c226c6576656c223a312c226e616d65223a7b22656e223a224c6f77222c227468223a22e0b899e0b989e0b8ade0b8a2227d7d2c7b226465736372697074696f6e223a22e0b884e0b8a7e0b8b2e0b8a1e0b980e0b8aae0b8b5e0b8a2e0b8abe0b8b2e0b8a2e0b897e0b8b2e0b887e0b881e0b8b2e0b8a3e0b980e0b887e0b8b4e0b899e0b8abe0b8a3e0b8b7e0b8ade0b8a1e0b8b5e0b882e0b989e0b8ade0b8a3e0b989e0b8ade0b887e0b980e0b8a3e0b8b5e0b8a2e0b899222c226c6576656c223a322c226e616d65223a7b22656e223a224d656469756d222c227468223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887227d7d2c7b226465736372697074696f6e223a22e0b980e0b8aae0b8b5e0b8a2e0b8a0e0b8b2e0b89ee0b8a5e0b8b1e0b881e0b8a9e0b893e0b98c20e0b980e0b89be0b987e0b899e0b884e0b894e0b8b5e0b884e0b8a7e0b8b2e0b8a120e0b8abe0b8a3e0b8b7e0b8ade0b89be0b8a3e0b8b0e0b88ae0b8b2e0b88ae0b899e0b984e0b8a1e0b988e0b984e0b894e0b989e0b8a3e0b8b1e0b89ae0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3222c226c6576656c223a332c226e616d65223a7b22656e223a2248696768222c227468223a22e0b8aae0b8b9e0b887227d7d5d2c226e616d65223a7b22656e223a22496d70616374222c227468223a22e0b89ce0b8a5e0b881e0b8a3e0b8b0e0b897e0b89a227d7d2c226c696b656c69686f6f64223a7b226c6576656c73223a5b7b226465736372697074696f6e223a22e0b984e0b8a1e0b988e0b980e0b884e0b8a2e0b980e0b881e0b8b4e0b894e0b8abe0b8a3e0b8b7e0b8ade0b980e0b881e0b8b4e0b894e0b984e0b8a1e0b988e0b980e0b881e0b8b4e0b899e0b89be0b8b5e0b8a5e0b8b0e0b884e0b8a3e0b8b1e0b989e0b887222c226c6576656c223a312c226e616d65223a7b22656e223a224c6f77222c227468223a22e0b899e0b989e0b8ade0b8a2227d7d2c7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b899e0b89ae0b989e0b8b2e0b8872032e280933520e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a322c226e616d65223a7b22656e223a224d656469756d222c227468223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887227d7d2c7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b899e0b89ae0b988e0b8ade0b8a220e0b8a1e0b8b2e0b881e0b881e0b8a7e0b988e0b8b2203520e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a332c226e616d65223a7b22656e223a2248696768222c227468223a22e0b8aae0b8b9e0b887227d7d5d2c226e616d65223a7b22656e223a224c696b656c69686f6f64222c227468223a22e0b982e0b8ade0b881e0b8b2e0b8aae0b897e0b8b5e0b988e0b888e0b8b0e0b980e0b881e0b8b4e0b894227d7d2c226e616d65223a7b22656e223a2233c39733207269736b206d6174726978222c227468223a22e0b980e0b8a1e0b897e0b8a3e0b8b4e0b881e0b88be0b98ce0b884e0b8a7e0b8b2e0b8a1e0b980e0b8aae0b8b5e0b988e0b8a2e0b8872033c39733227d2c2276657273696f6e223a317d7d	\N	\\xe260c5c5ed2493597edfd0c7e53e8ce582770aa27d3ef281dd6a376f2d97a061	\\xe5b58e5c60aa407ef6244bbe57ef2bbb981a5292ec90b7588961bb8d9fa92964	6302203
26	riskmatrix/5x5@2	1	RiskMatrixAdopted	1	1796589154138981	1796589154223328	palad	\\x7b226d6174726978223a7b2262616e6473223a5b7b22636f6c6f72223a2223346361663530222c226964223a226c6f77222c226e616d65223a7b22656e223a224c6f77222c227468223a22e0b895e0b988e0b8b3227d2c2272616e6b223a312c2273636f726573223a5b312c335d7d2c7b22636f6c6f72223a2223666464383335222c226964223a226d656469756d222c226e616d65223a7b22656e223a224d656469756d222c227468223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887227d2c2272616e6b223a322c2273636f726573223a5b342c395d7d2c7b22636f6c6f72223a2223666238633030222c226964223a2268696768222c226e616d65223a7b22656e223a2248696768222c227468223a22e0b8aae0b8b9e0b887227d2c2272616e6b223a332c2273636f726573223a5b31302c31365d7d2c7b22636f6c6f72223a2223653533393335222c226964223a22766572792d68696768222c226e616d65223a7b22656e223a22566572792068696768222c227468223a22e0b8aae0b8b9e0b887e0b8a1e0b8b2e0b881227d2c2272616e6b223a342c2273636f726573223a5b31372c32355d7d5d2c226964223a22357835222c22696d70616374223a7b226c6576656c73223a5b7b226465736372697074696f6e223a22e0b984e0b8a1e0b988e0b881e0b8a3e0b8b0e0b897e0b89ae0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a320e0b981e0b881e0b989e0b984e0b882e0b984e0b894e0b989e0b8a0e0b8b2e0b8a2e0b983e0b899e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b899222c226c6576656c223a312c226e616d65223a7b22656e223a22496e7369676e69666963616e74222c227468223a22e0b899e0b989e0b8ade0b8a2e0b8a1e0b8b2e0b881227d7d2c7b226465736372697074696f6e223a22e0b881e0b8a3e0b8b0e0b897e0b89ae0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3e0b980e0b8a5e0b987e0b881e0b899e0b989e0b8ade0b8a220e0b884e0b8a7e0b8b2e0b8a1e0b980e0b8aae0b8b5e0b8a2e0b8abe0b8b2e0b8a2e0b897e0b8b2e0b887e0b881e0b8b2e0b8a3e0b980e0b887e0b8b4e0b899e0b984e0b8a1e0b988e0b8a1e0b8b2e0b881222c226c6576656c223a322c226e616d65223a7b22656e223a224d696e6f72222c227468223a22e0b899e0b989e0b8ade0b8a2227d7d2c7b226465736372697074696f6e223a22e0b881e0b8a3e0b8b0e0b897e0b89ae0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3e0b89ae0b8b2e0b887e0b8aae0b988e0b8a7e0b89920e0b8a1e0b8b5e0b882e0b989e0b8ade0b8a3e0b989e0b8ade0b887e0b980e0b8a3e0b8b5e0b8a2e0b899e0b888e0b8b2e0b881e0b89be0b8a3e0b8b0e0b88ae0b8b2e0b88ae0b899222c226c6576656c223a332c226e616d65223a7b22656e223a224d6f646572617465222c227468223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887227d7d2c7b226465736372697074696f6e223a22e0b884e0b8a7e0b8b2e0b8a1e0b980e0b8aae0b8b5e0b8a2e0b8abe0b8b2e0b8a2e0b897e0b8b2e0b887e0b881e0b8b2e0b8a3e0b980e0b887e0b8b4e0b899e0b8aae0b8b9e0b88720e0b896e0b8b9e0b881e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b888e0b8b2e0b881e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b899e0b8a0e0b8b2e0b8a2e0b899e0b8ade0b881222c226c6576656c223a342c226e616d65223a7b22656e223a224d616a6f72222c227468223a22e0b8aae0b8b9e0b887227d7d2c7b226465736372697074696f6e223a22e0b980e0b8aae0b8b5e0b8a2e0b8a0e0b8b2e0b89ee0b8a5e0b8b1e0b881e0b8a9e0b893e0b98ce0b882e0b8ade0b887e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b89920e0b89be0b8a3e0b8b0e0b88ae0b8b2e0b88ae0b899e0b984e0b8a1e0b988e0b984e0b894e0b989e0b8a3e0b8b1e0b89ae0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a320e0b8abe0b8a3e0b8b7e0b8ade0b881e0b8a3e0b8b0e0b897e0b89ae0b884e0b8a7e0b8b2e0b8a1e0b8a1e0b8b1e0b988e0b899e0b884e0b8872fe0b980e0b89be0b987e0b899e0b884e0b894e0b8b5e0b8ade0b8b2e0b88de0b8b2222c226c6576656c223a352c226e616d65223a7b22656e223a22536576657265222c227468223a22e0b8aae0b8b9e0b887e0b8a1e0b8b2e0b881227d7d5d2c226e616d65223a7b22656e223a22496d70616374222c227468223a22e0b89ce0b8a5e0b881e0b8a3e0b8b0e0b897e0b89a227d7d2c226c696b656c69686f6f64223a7b226c6576656c73223a5b7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b899e0b984e0b8a1e0b988e0b980e0b881e0b8b4e0b899203520e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a312c226e616d65223a7b22656e223a2252617265222c227468223a22e0b899e0b989e0b8ade0b8a2e0b8a1e0b8b2e0b881227d2c2272616e6765223a7b226c6f776572223a302c227570706572223a357d7d2c7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b8992036e28093313020e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a322c226e616d65223a7b22656e223a22556e6c696b656c79222c227468223a22e0b899e0b989e0b8ade0b8a2227d2c2272616e6765223a7b226c6f776572223a362c227570706572223a31307d7d2c7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b899203131e28093313520e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a332c226e616d65223a7b22656e223a22506f737369626c65222c227468223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887227d2c2272616e6765223a7b226c6f776572223a31312c227570706572223a31357d7d2c7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b899203136e28093323020e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a342c226e616d65223a7b22656e223a224c696b656c79222c227468223a22e0b8aae0b8b9e0b887227d2c2272616e6765223a7b226c6f776572223a31362c227570706572223a32307d7d2c7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b899e0b8a1e0b8b2e0b881e0b881e0b8a7e0b988e0b8b220323020e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a352c226e616d65223a7b22656e223a22416c6d6f7374206365727461696e222c227468223a22e0b8aae0b8b9e0b887e0b8a1e0b8b2e0b881227d2c2272616e6765223a7b226c6f776572223a32317d7d5d2c226e616d65223a7b22656e223a224c696b656c69686f6f64222c227468223a22e0b982e0b8ade0b881e0b8b2e0b8aae0b897e0b8b5e0b988e0b888e0b8b0e0b980e0b881e0b8b4e0b894227d7d2c226e616d65223a7b22656e223a2235c39735207269736b206d6174726978222c227468223a22e0b980e0b8a1e0b897e0b8a3e0b8b4e0b881e0b88be0b98ce0b884e0b8a7e0b8b2e0b8a1e0b980e0b8aae0b8b5e0b988e0b8a2e0b8872035c39735227d2c2276657273696f6e223a327d7d	\N	\\xe5b58e5c60aa407ef6244bbe57ef2bbb981a5292ec90b7588961bb8d9fa92964	\\x86175030be541a9e2f5e615defecae8387eea8a0da9e4b1de49e21eb924a191a	6302203
27	risk/R-2568-001	1	RiskIdentified	1	1796589154277456	1796589154347081	palad	\\x7b2263617465676f7279223a2270726f637572656d656e74222c22636175736573223a5b22e0b884e0b8a7e0b8b2e0b8a1e0b895e0b989e0b8ade0b887e0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b89ee0b8b1e0b8aae0b894e0b8b8e0b980e0b8a3e0b988e0b887e0b894e0b988e0b8a7e0b899e0b89be0b8a5e0b8b2e0b8a2e0b89be0b8b5e0b887e0b89ae0b89be0b8a3e0b8b0e0b8a1e0b8b2e0b893222c22e0b984e0b8a1e0b988e0b8a1e0b8b5e0b881e0b8b2e0b8a3e0b8a3e0b8a7e0b89ae0b8a3e0b8a7e0b8a1e0b884e0b8a7e0b8b2e0b8a1e0b895e0b989e0b8ade0b887e0b881e0b8b2e0b8a3e0b888e0b8b2e0b881e0b897e0b8b8e0b881e0b881e0b8ade0b887e0b881e0b988e0b8ade0b899e0b888e0b8b1e0b894e0b897e0b8b3e0b981e0b89ce0b899e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b888e0b8b1e0b894e0b888e0b989e0b8b2e0b887225d2c22636f6e74726f6c73223a5b7b226164657175616379223a2266616972222c2274657874223a22e0b981e0b89ce0b899e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b888e0b8b1e0b894e0b888e0b989e0b8b2e0b887e0b89be0b8a3e0b8b0e0b888e0b8b3e0b89be0b8b5e0b980e0b89ce0b8a2e0b981e0b89ee0b8a3e0b988e0b983e0b899e0b8a3e0b8b0e0b89ae0b89a20652d4750227d2c7b226164657175616379223a227765616b222c2274657874223a22e0b8abe0b8b1e0b8a7e0b8abe0b899e0b989e0b8b2e0b980e0b888e0b989e0b8b2e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b988e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b8a3e0b8b2e0b8a2e0b887e0b8b2e0b899e0b882e0b8ade0b88be0b8b7e0b989e0b8ade0b882e0b8ade0b888e0b989e0b8b2e0b887227d5d2c226465706172746d656e74223a2246494e222c226576656e74223a22e0b981e0b89ae0b988e0b887e0b88be0b8b7e0b989e0b8ade0b981e0b89ae0b988e0b887e0b888e0b989e0b8b2e0b887e0b980e0b89ee0b8b7e0b988e0b8ade0b983e0b8abe0b989e0b8a7e0b887e0b980e0b887e0b8b4e0b899e0b895e0b988e0b8b3e0b881e0b8a7e0b988e0b8b2e0b980e0b881e0b893e0b891e0b98ce0b897e0b8b5e0b988e0b895e0b989e0b8ade0b887e0b983e0b88ae0b989e0b8a7e0b8b4e0b898e0b8b5e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b8ade0b8b4e0b980e0b8a5e0b987e0b881e0b897e0b8a3e0b8ade0b899e0b8b4e0b881e0b8aae0b98c222c22666163746f72223a226b6e6f776e222c226964223a22522d323536382d303031222c226d6174726978223a22357835222c226f776e6572223a22e0b89ce0b8b9e0b989e0b8ade0b8b3e0b899e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c2270726f63657373223a22e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b888e0b8b1e0b894e0b888e0b989e0b8b2e0b887e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887227d	\N	\\x86175030be541a9e2f5e615defecae8387eea8a0da9e4b1de49e21eb924a191a	\\x7bbafecaa4651d560f9cfdffb95d4ed1b3929f25bb061b335ba28547f9c66b8b	6302203
28	risk/R-2568-001	2	RiskAssessed	1	1796589154277456	1796589154347081	palad	\\x7b226173736573736d656e74223a7b2262616e64223a226d656469756d222c2262616e644e616d65223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887222c2262616e6452616e6b223a322c22696d70616374223a332c226b696e64223a22726573696475616c222c226c696b656c69686f6f64223a322c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d7d2c227269736b223a22522d323536382d303031227d	\N	\\x7bbafecaa4651d560f9cfdffb95d4ed1b3929f25bb061b335ba28547f9c66b8b	\\x5343648f214b93e4ca4a21c0eb5de17e0b5bc80a352fb70096c3dde0a7ba595d	6302203
29	risk/R-2568-002	1	RiskIdentified	1	1796589154277456	1796589154347081	palad	\\x7b2263617465676f7279223a2270726f637572656d656e74222c22636175736573223a5b22e0b881e0b8a3e0b8a3e0b8a1e0b881e0b8b2e0b8a3e0b895e0b8a3e0b8a7e0b888e0b8a3e0b8b1e0b89ae0b882e0b8b2e0b894e0b884e0b8a7e0b8b2e0b8a1e0b8a3e0b8b9e0b989e0b894e0b989e0b8b2e0b899e0b88ae0b988e0b8b2e0b887222c22e0b884e0b8a7e0b8b2e0b8a1e0b8aae0b8b1e0b8a1e0b89ee0b8b1e0b899e0b898e0b98ce0b8aae0b988e0b8a7e0b899e0b895e0b8b1e0b8a7e0b881e0b8b1e0b89ae0b89ce0b8b9e0b989e0b8a3e0b8b1e0b89ae0b888e0b989e0b8b2e0b887225d2c22636f6e74726f6c73223a5b7b226164657175616379223a2266616972222c2274657874223a22e0b89ce0b8b9e0b989e0b884e0b8a7e0b89ae0b884e0b8b8e0b8a1e0b887e0b8b2e0b899e0b8a3e0b8b2e0b8a2e0b887e0b8b2e0b899e0b89ce0b8a5e0b881e0b8b2e0b8a3e0b89be0b88fe0b8b4e0b89ae0b8b1e0b895e0b8b4e0b887e0b8b2e0b899e0b89be0b8a3e0b8b0e0b888e0b8b3e0b8a7e0b8b1e0b899227d5d2c226465706172746d656e74223a22454e47222c226576656e74223a22e0b884e0b893e0b8b0e0b881e0b8a3e0b8a3e0b8a1e0b881e0b8b2e0b8a3e0b895e0b8a3e0b8a7e0b888e0b8a3e0b8b1e0b89ae0b887e0b8b2e0b899e0b888e0b989e0b8b2e0b887e0b8a3e0b8b1e0b89ae0b887e0b8b2e0b899e0b897e0b8b5e0b988e0b984e0b8a1e0b988e0b980e0b89be0b987e0b899e0b984e0b89be0b895e0b8b2e0b8a1e0b981e0b89ae0b89ae0b8a3e0b8b9e0b89be0b8a3e0b8b2e0b8a2e0b881e0b8b2e0b8a3222c22666163746f72223a226b6e6f776e222c226964223a22522d323536382d303032222c226d6174726978223a22357835222c226f776e6572223a22e0b89ce0b8b9e0b989e0b8ade0b8b3e0b899e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c2270726f63657373223a22e0b881e0b8b2e0b8a3e0b895e0b8a3e0b8a7e0b888e0b8a3e0b8b1e0b89ae0b887e0b8b2e0b899e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887227d	\N	\\x5343648f214b93e4ca4a21c0eb5de17e0b5bc80a352fb70096c3dde0a7ba595d	\\x096cea2b629715e6f70508064686903c48ed9574a24b56bcc8dc6a35657e9165	6302203
30	risk/R-2568-002	2	RiskAssessed	1	1796589154277456	1796589154347081	palad	\\x7b226173736573736d656e74223a7b2262616e64223a226d656469756d222c2262616e644e616d65223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887222c2262616e6452616e6b223a322c22696d70616374223a342c226b696e64223a22726573696475616c222c226c696b656c69686f6f64223a322c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d7d2c227269736b223a22522d323536382d303032227d	\N	\\x096cea2b629715e6f70508064686903c48ed9574a24b56bcc8dc6a35657e9165	\\xc04996e4197f651df0f3829b0c4eec232493c5d39db922830df51e33ffaea507	6302203
66	coi/840396ce67886769fbd0e04a	1	DeclarationSigned	1	1732035600000000	1796589155791703	anan	\\x7b226465636c6172616e74223a227375726163686169222c226465636c61726174696f6e4944223a2236373131393030303333332d652d62696464696e672d63686169722d7375726163686169222c226465706172746d656e74223a22454e47222c22696e74657265737473223a5b5d2c227369676e65644f6e223a22323032342d31312d3230222c227375626a656374223a7b226b696e64223a2270726f637572656d656e74222c2270726f6a656374223a223637313139303030333333222c22726f6c65223a22652d62696464696e672d6368616972227d7d	\N	\\xbcfa18b38ce809c9c41cd7c34ea4a1908d89fcce8d09c865fa499c868a207c3c	\\x22784b27621de5f737b35b342ac4ee7b99b0b01240b0c7b5189549c01a52a6a2	6302203
31	risk/R-2568-003	1	RiskIdentified	1	1796589154277456	1796589154347081	palad	\\x7b2263617465676f7279223a227065726d697473222c22636175736573223a5b22e0b882e0b8b1e0b989e0b899e0b895e0b8ade0b899e0b981e0b8a5e0b8b0e0b8a3e0b8b0e0b8a2e0b8b0e0b980e0b8a7e0b8a5e0b8b2e0b881e0b8b2e0b8a3e0b89ee0b8b4e0b888e0b8b2e0b8a3e0b893e0b8b2e0b984e0b8a1e0b988e0b980e0b89be0b8b4e0b894e0b980e0b89ce0b8a2e0b895e0b988e0b8ade0b89ce0b8b9e0b989e0b8a2e0b8b7e0b988e0b899e0b884e0b8b3e0b882e0b8ad222c22e0b983e0b88ae0b989e0b894e0b8b8e0b8a5e0b8a2e0b89ee0b8b4e0b899e0b8b4e0b888e0b882e0b8ade0b887e0b980e0b888e0b989e0b8b2e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b988e0b884e0b899e0b980e0b894e0b8b5e0b8a2e0b8a7225d2c22636f6e74726f6c73223a5b7b226164657175616379223a2266616972222c2274657874223a22e0b884e0b8b9e0b988e0b8a1e0b8b7e0b8ade0b8aae0b8b3e0b8abe0b8a3e0b8b1e0b89ae0b89be0b8a3e0b8b0e0b88ae0b8b2e0b88ae0b899e0b895e0b8b2e0b8a120e0b89e2ee0b8a32ee0b89a2ee0b881e0b8b2e0b8a3e0b8ade0b8b3e0b899e0b8a7e0b8a2e0b884e0b8a7e0b8b2e0b8a1e0b8aae0b8b0e0b894e0b8a7e0b881e0b8af20e0b89e2ee0b8a82e20e0b992e0b995e0b995e0b998227d5d2c226465706172746d656e74223a22434c45524b222c226576656e74223a22e0b980e0b8a3e0b8b5e0b8a2e0b881e0b8a3e0b8b1e0b89ae0b89ce0b8a5e0b89be0b8a3e0b8b0e0b982e0b8a2e0b88ae0b899e0b98ce0b980e0b89ee0b8b7e0b988e0b8ade0b980e0b8a3e0b988e0b887e0b8a3e0b8b1e0b894e0b8abe0b8a3e0b8b7e0b8ade0b8ade0b899e0b8b8e0b88de0b8b2e0b895e0b884e0b8b3e0b882e0b8ade0b897e0b8b5e0b988e0b984e0b8a1e0b988e0b884e0b8a3e0b89ae0b896e0b989e0b8a7e0b899222c22666163746f72223a226b6e6f776e222c226964223a22522d323536382d303033222c226d6174726978223a22357835222c226f776e6572223a22e0b8abe0b8b1e0b8a7e0b8abe0b899e0b989e0b8b2e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c2270726f63657373223a22e0b881e0b8b2e0b8a3e0b89ee0b8b4e0b888e0b8b2e0b8a3e0b893e0b8b2e0b8ade0b899e0b8b8e0b88de0b8b2e0b895e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b8ade0b8b2e0b884e0b8b2e0b8a3e0b981e0b8a5e0b8b0e0b89be0b8a3e0b8b0e0b881e0b8ade0b89ae0b881e0b8b4e0b888e0b881e0b8b2e0b8a3227d	\N	\\xc04996e4197f651df0f3829b0c4eec232493c5d39db922830df51e33ffaea507	\\xaebee1620be400c3a0f8428da1256029040e6391a7e65fc95fe04e8f98451bc1	6302203
32	risk/R-2568-003	2	RiskAssessed	1	1796589154277456	1796589154347081	palad	\\x7b226173736573736d656e74223a7b2262616e64223a226d656469756d222c2262616e644e616d65223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887222c2262616e6452616e6b223a322c22696d70616374223a332c226b696e64223a22726573696475616c222c226c696b656c69686f6f64223a322c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d7d2c227269736b223a22522d323536382d303033227d	\N	\\xaebee1620be400c3a0f8428da1256029040e6391a7e65fc95fe04e8f98451bc1	\\x7454cfd75d7830554cf5b395608bd39633ab41f9f939e41d73ba96acafdf3a5f	6302203
33	risk/R-2568-004	1	RiskIdentified	1	1796589154277456	1796589154347081	palad	\\x7b2263617465676f7279223a22617574686f72697479222c22636175736573223a5b22e0b8abe0b8a5e0b8b1e0b881e0b980e0b881e0b893e0b891e0b98ce0b881e0b8b2e0b8a3e0b89be0b8a3e0b8b0e0b980e0b8a1e0b8b4e0b899e0b984e0b8a1e0b988e0b980e0b89be0b8b4e0b894e0b980e0b89ce0b8a2222c22e0b984e0b8a1e0b988e0b8a1e0b8b5e0b884e0b893e0b8b0e0b881e0b8a3e0b8a3e0b8a1e0b881e0b8b2e0b8a3e0b881e0b8a5e0b8b1e0b988e0b899e0b881e0b8a3e0b8ade0b887e0b89ce0b8a5e0b881e0b8b2e0b8a3e0b89be0b8a3e0b8b0e0b980e0b8a1e0b8b4e0b899225d2c22636f6e74726f6c73223a5b7b226164657175616379223a227765616b222c2274657874223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b8abe0b8a5e0b8b1e0b881e0b980e0b881e0b893e0b891e0b98ce0b881e0b8b2e0b8a3e0b89be0b8a3e0b8b0e0b980e0b8a1e0b8b4e0b899e0b89ce0b8a5e0b881e0b8b2e0b8a3e0b89be0b88fe0b8b4e0b89ae0b8b1e0b895e0b8b4e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3227d5d2c226465706172746d656e74223a22434c45524b222c226576656e74223a22e0b983e0b88ae0b989e0b8ade0b8b3e0b899e0b8b2e0b888e0b980e0b8ade0b8b7e0b989e0b8ade0b89be0b8a3e0b8b0e0b982e0b8a2e0b88ae0b899e0b98ce0b981e0b881e0b988e0b89ee0b8a7e0b881e0b89ee0b989e0b8ade0b887e0b983e0b899e0b881e0b8b2e0b8a3e0b884e0b8b1e0b894e0b980e0b8a5e0b8b7e0b8ade0b881e0b89ae0b8b8e0b884e0b884e0b8a5e0b981e0b8a5e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8a5e0b8b7e0b988e0b8ade0b899e0b882e0b8b1e0b989e0b899e0b980e0b887e0b8b4e0b899e0b980e0b894e0b8b7e0b8ade0b899222c22666163746f72223a226b6e6f776e222c226964223a22522d323536382d303034222c226d6174726978223a22357835222c226f776e6572223a22e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c2270726f63657373223a22e0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b887e0b8b2e0b899e0b89ae0b8b8e0b884e0b884e0b8a520e0b881e0b8b2e0b8a3e0b8aae0b8a3e0b8a3e0b8abe0b8b2e0b981e0b8a5e0b8b0e0b980e0b8a5e0b8b7e0b988e0b8ade0b899e0b882e0b8b1e0b989e0b899e0b980e0b887e0b8b4e0b899e0b980e0b894e0b8b7e0b8ade0b899227d	\N	\\x7454cfd75d7830554cf5b395608bd39633ab41f9f939e41d73ba96acafdf3a5f	\\xb2a809e1f90e8d69f9e577676e444188e6a0c371794dfde03ab3de7a7097c4f0	6302203
34	risk/R-2568-004	2	RiskAssessed	1	1796589154277456	1796589154347081	palad	\\x7b226173736573736d656e74223a7b2262616e64223a226d656469756d222c2262616e644e616d65223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887222c2262616e6452616e6b223a322c22696d70616374223a332c226b696e64223a22726573696475616c222c226c696b656c69686f6f64223a322c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d7d2c227269736b223a22522d323536382d303034227d	\N	\\xb2a809e1f90e8d69f9e577676e444188e6a0c371794dfde03ab3de7a7097c4f0	\\x611e7f72091096c5984aa4b2cf0c12251903eb49c7b2dda834b246158d21ce67	6302203
35	risk/R-2568-005	1	RiskIdentified	1	1796589154277456	1796589154347081	palad	\\x7b2263617465676f7279223a22627564676574222c22636175736573223a5b22e0b984e0b8a1e0b988e0b8a1e0b8b5e0b897e0b8b0e0b980e0b89ae0b8b5e0b8a2e0b899e0b881e0b8b2e0b8a3e0b8a2e0b8b7e0b8a1e0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b897e0b8b5e0b988e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b984e0b894e0b989222c22e0b984e0b8a1e0b988e0b8a1e0b8b5e0b981e0b89ae0b89ae0b882e0b8ade0b8ade0b899e0b8b8e0b88de0b8b2e0b895e0b983e0b88ae0b989e0b8a3e0b896e0b8aae0b988e0b8a7e0b899e0b881e0b8a5e0b8b2e0b887225d2c22636f6e74726f6c73223a5b7b226164657175616379223a227765616b222c2274657874223a22e0b8aae0b8a1e0b8b8e0b894e0b89ae0b8b1e0b899e0b897e0b8b6e0b881e0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b8a3e0b896e0b8aae0b988e0b8a7e0b899e0b881e0b8a5e0b8b2e0b887227d5d2c226465706172746d656e74223a22434c45524b222c226576656e74223a22e0b899e0b8b3e0b8a3e0b896e0b8a2e0b899e0b895e0b98ce0b981e0b8a5e0b8b0e0b884e0b8a3e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98ce0b882e0b8ade0b887e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3e0b984e0b89be0b983e0b88ae0b989e0b89be0b8a3e0b8b0e0b982e0b8a2e0b88ae0b899e0b98ce0b8aae0b988e0b8a7e0b899e0b895e0b8b1e0b8a7222c22666163746f72223a226b6e6f776e222c226964223a22522d323536382d303035222c226d6174726978223a22357835222c226f776e6572223a22e0b8abe0b8b1e0b8a7e0b8abe0b899e0b989e0b8b2e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c2270726f63657373223a22e0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b981e0b8a5e0b8b0e0b881e0b8b2e0b8a3e0b8a2e0b8b7e0b8a1e0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b882e0b8ade0b887e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3227d	\N	\\x611e7f72091096c5984aa4b2cf0c12251903eb49c7b2dda834b246158d21ce67	\\x31c3370d6796e3b6a3635d1fcfd60da246f45f4fed9de30c4538fa572e221ac5	6302203
36	risk/R-2568-005	2	RiskAssessed	1	1796589154277456	1796589154347081	palad	\\x7b226173736573736d656e74223a7b2262616e64223a226c6f77222c2262616e644e616d65223a22e0b895e0b988e0b8b3222c2262616e6452616e6b223a312c22696d70616374223a332c226b696e64223a22726573696475616c222c226c696b656c69686f6f64223a312c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d7d2c227269736b223a22522d323536382d303035227d	\N	\\x31c3370d6796e3b6a3635d1fcfd60da246f45f4fed9de30c4538fa572e221ac5	\\x7e08a1a1b05f0bf4745fb78af1fcf93b8ba118e430c18a76bff447fffe07c1cc	6302203
37	risk/R-2568-006	1	RiskIdentified	1	1796589154277456	1796589154347081	palad	\\x7b2263617465676f7279223a22627564676574222c22636175736573223a5b22e0b984e0b8a1e0b988e0b8a1e0b8b5e0b881e0b8b2e0b8a3e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b89ae0b8b1e0b88de0b88ae0b8b5e0b8a3e0b8b2e0b8a2e0b88ae0b8b7e0b988e0b8ade0b980e0b894e0b987e0b881e0b980e0b897e0b8b5e0b8a2e0b89ae0b881e0b8b1e0b89ae0b881e0b8b2e0b8a3e0b980e0b89ae0b8b4e0b881e0b888e0b988e0b8b2e0b8a2225d2c22636f6e74726f6c73223a5b7b226164657175616379223a2266616972222c2274657874223a22e0b884e0b8a3e0b8b9e0b89ce0b8b9e0b989e0b894e0b8b9e0b981e0b8a5e0b980e0b894e0b987e0b881e0b8a5e0b887e0b980e0b8a7e0b8a5e0b8b2e0b8a1e0b8b2e0b980e0b8a3e0b8b5e0b8a2e0b899e0b89be0b8a3e0b8b0e0b888e0b8b3e0b8a7e0b8b1e0b899227d5d2c226465706172746d656e74223a22454455222c226576656e74223a22e0b980e0b89ae0b8b4e0b881e0b888e0b988e0b8b2e0b8a2e0b884e0b988e0b8b2e0b8ade0b8b2e0b8abe0b8b2e0b8a3e0b881e0b8a5e0b8b2e0b887e0b8a7e0b8b1e0b899e0b980e0b881e0b8b4e0b899e0b888e0b8b3e0b899e0b8a7e0b899e0b980e0b894e0b987e0b881e0b897e0b8b5e0b988e0b8a1e0b8b2e0b980e0b8a3e0b8b5e0b8a2e0b899e0b888e0b8a3e0b8b4e0b887222c22666163746f72223a22756e6b6e6f776e222c226964223a22522d323536382d303036222c226d6174726978223a22357835222c226f776e6572223a22e0b89ce0b8b9e0b989e0b8ade0b8b3e0b899e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b2222c2270726f63657373223a22e0b881e0b8b2e0b8a3e0b980e0b89ae0b8b4e0b881e0b888e0b988e0b8b2e0b8a2e0b884e0b988e0b8b2e0b8ade0b8b2e0b8abe0b8b2e0b8a3e0b881e0b8a5e0b8b2e0b887e0b8a7e0b8b1e0b899e0b981e0b8a5e0b8b0e0b8ade0b8b2e0b8abe0b8b2e0b8a3e0b980e0b8aae0b8a3e0b8b4e0b8a12028e0b899e0b8a12920e0b8a8e0b8b9e0b899e0b8a2e0b98ce0b89ee0b8b1e0b892e0b899e0b8b2e0b980e0b894e0b987e0b881e0b980e0b8a5e0b987e0b881227d	\N	\\x7e08a1a1b05f0bf4745fb78af1fcf93b8ba118e430c18a76bff447fffe07c1cc	\\xdb356b73dce5a86acdbecde8bf98f6a7e2995ac3ba53076c7b7c558774bb1a65	6302203
38	risk/R-2568-006	2	RiskAssessed	1	1796589154277456	1796589154347081	palad	\\x7b226173736573736d656e74223a7b2262616e64223a226c6f77222c2262616e644e616d65223a22e0b895e0b988e0b8b3222c2262616e6452616e6b223a312c22696d70616374223a332c226b696e64223a22726573696475616c222c226c696b656c69686f6f64223a312c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d7d2c227269736b223a22522d323536382d303036227d	\N	\\xdb356b73dce5a86acdbecde8bf98f6a7e2995ac3ba53076c7b7c558774bb1a65	\\x12eff26b144729b00057c6ab6b9244446c4f9369fe58e4f493b1622d746bbfe0	6302203
39	risk/R-2568-007	1	RiskIdentified	1	1796589154277456	1796589154347081	palad	\\x7b2263617465676f7279223a227065726d697473222c22636175736573223a5b22e0b980e0b888e0b989e0b8b2e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b988e0b984e0b8a1e0b988e0b980e0b89ee0b8b5e0b8a2e0b887e0b89ee0b8ad225d2c22636f6e74726f6c73223a5b7b226164657175616379223a2266616972222c2274657874223a22e0b981e0b89ae0b89ae0b895e0b8a3e0b8a7e0b888e0b8aae0b896e0b8b2e0b899e0b89be0b8a3e0b8b0e0b881e0b8ade0b89ae0b881e0b8b2e0b8a3227d5d2c226465706172746d656e74223a224845414c5448222c226576656e74223a22e0b8ade0b8ade0b881e0b983e0b89ae0b8ade0b899e0b8b8e0b88de0b8b2e0b895e0b982e0b894e0b8a2e0b984e0b8a1e0b988e0b895e0b8a3e0b8a7e0b888e0b8aae0b896e0b8b2e0b899e0b89be0b8a3e0b8b0e0b881e0b8ade0b89ae0b881e0b8b2e0b8a3e0b888e0b8a3e0b8b4e0b887222c22666163746f72223a226b6e6f776e222c226964223a22522d323536382d303037222c226d6174726978223a22357835222c226f776e6572223a22e0b89ce0b8b9e0b989e0b8ade0b8b3e0b899e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b881e0b8ade0b887e0b8aae0b8b2e0b898e0b8b2e0b8a3e0b893e0b8aae0b8b8e0b882e0b981e0b8a5e0b8b0e0b8aae0b8b4e0b988e0b887e0b981e0b8a7e0b894e0b8a5e0b989e0b8ade0b8a1222c2270726f63657373223a22e0b881e0b8b2e0b8a3e0b8ade0b8ade0b881e0b983e0b89ae0b8ade0b899e0b8b8e0b88de0b8b2e0b895e0b89be0b8a3e0b8b0e0b881e0b8ade0b89ae0b881e0b8b4e0b888e0b881e0b8b2e0b8a3e0b897e0b8b5e0b988e0b980e0b89be0b987e0b899e0b8ade0b8b1e0b899e0b895e0b8a3e0b8b2e0b8a2e0b895e0b988e0b8ade0b8aae0b8b8e0b882e0b8a0e0b8b2e0b89e227d	\N	\\x12eff26b144729b00057c6ab6b9244446c4f9369fe58e4f493b1622d746bbfe0	\\xb1a00171c0a0681ab6fb54a35f139a438757c098c20f559a497c344d9f6f6fab	6302203
40	risk/R-2568-007	2	RiskAssessed	1	1796589154277456	1796589154347081	palad	\\x7b226173736573736d656e74223a7b2262616e64223a226c6f77222c2262616e644e616d65223a22e0b895e0b988e0b8b3222c2262616e6452616e6b223a312c22696d70616374223a322c226b696e64223a22726573696475616c222c226c696b656c69686f6f64223a312c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d7d2c227269736b223a22522d323536382d303037227d	\N	\\xb1a00171c0a0681ab6fb54a35f139a438757c098c20f559a497c344d9f6f6fab	\\x99830b7907d572f23e9d80487e996164f9adba519c29ec2caeb10899559f738d	6302203
41	risk/R-2568-008	1	RiskIdentified	1	1796589154277456	1796589154347081	palad	\\x7b2263617465676f7279223a22617574686f72697479222c22636175736573223a5b22e0b882e0b989e0b8ade0b8a1e0b8b9e0b8a5e0b981e0b89ce0b899e0b897e0b8b5e0b988e0b8a0e0b8b2e0b8a9e0b8b5e0b984e0b8a1e0b988e0b980e0b89be0b987e0b899e0b89be0b8b1e0b888e0b888e0b8b8e0b89ae0b8b1e0b899225d2c22636f6e74726f6c73223a5b7b226164657175616379223a2266616972222c2274657874223a22e0b8a3e0b8b0e0b89ae0b89ae0b981e0b89ce0b899e0b897e0b8b5e0b988e0b8a0e0b8b2e0b8a9e0b8b5e0b981e0b8a5e0b8b0e0b897e0b8b0e0b980e0b89ae0b8b5e0b8a2e0b899e0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899227d5d2c226465706172746d656e74223a2246494e222c226576656e74223a22e0b8a5e0b894e0b8abe0b8a2e0b988e0b8ade0b899e0b8abe0b8a3e0b8b7e0b8ade0b89be0b8a3e0b8b0e0b980e0b8a1e0b8b4e0b899e0b8a0e0b8b2e0b8a9e0b8b5e0b895e0b988e0b8b3e0b881e0b8a7e0b988e0b8b2e0b884e0b8a7e0b8b2e0b8a1e0b980e0b89be0b987e0b899e0b888e0b8a3e0b8b4e0b887e0b983e0b8abe0b989e0b89ce0b8b9e0b989e0b980e0b8aae0b8b5e0b8a2e0b8a0e0b8b2e0b8a9e0b8b5e0b89ae0b8b2e0b887e0b8a3e0b8b2e0b8a2222c22666163746f72223a22756e6b6e6f776e222c226964223a22522d323536382d303038222c226d6174726978223a22357835222c226f776e6572223a22e0b89ce0b8b9e0b989e0b8ade0b8b3e0b899e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c2270726f63657373223a22e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b980e0b881e0b987e0b89ae0b8a0e0b8b2e0b8a9e0b8b5e0b897e0b8b5e0b988e0b894e0b8b4e0b899e0b981e0b8a5e0b8b0e0b8aae0b8b4e0b988e0b887e0b89be0b8a5e0b8b9e0b881e0b8aae0b8a3e0b989e0b8b2e0b887227d	\N	\\x99830b7907d572f23e9d80487e996164f9adba519c29ec2caeb10899559f738d	\\xe4c8f7261e4acc0bc5950500fbe2882280cd17c22003a7b6d6ef6f07fa99c8a1	6302203
42	measure/M-2568-001	1	MeasurePlanned	1	1796589154277456	1796589154347081	palad	\\x7b226465706172746d656e74223a2246494e222c22647565223a22323032352d30332d3331222c226964223a224d2d323536382d303031222c22696e74656772697479223a7b22697373756541726561223a22e0b881e0b8a3e0b8b0e0b89ae0b8a7e0b899e0b881e0b8b2e0b8a3e0b8aae0b8a3e0b989e0b8b2e0b887e0b884e0b8a7e0b8b2e0b8a1e0b982e0b89be0b8a3e0b988e0b887e0b983e0b8aae0b983e0b899e0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b887e0b89ae0b89be0b8a3e0b8b0e0b8a1e0b8b2e0b893e0b981e0b8a5e0b8b0e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b888e0b8b1e0b894e0b888e0b989e0b8b2e0b887222c226f69744974656d73223a5b224f3139222c224f3230222c224f3231222c224f3232225d2c227175657374696f6e73223a5b224937222c224938222c224939222c22493130222c22493131225d7d2c226b7069223a22e0b888e0b8b3e0b899e0b8a7e0b899e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b888e0b8b1e0b894e0b888e0b989e0b8b2e0b887e0b89be0b8a3e0b8b0e0b980e0b8a0e0b897e0b980e0b894e0b8b5e0b8a2e0b8a7e0b881e0b8b1e0b899e0b897e0b8b5e0b988e0b981e0b89ae0b988e0b887e0b88be0b8b7e0b989e0b8ade0b983e0b899e0b8a3e0b8ade0b89a20333020e0b8a7e0b8b1e0b899222c226d6f6e69746f72696e67223a22e0b8a3e0b8b2e0b8a2e0b887e0b8b2e0b899e0b89ce0b8a5e0b895e0b988e0b8ade0b89ce0b8b9e0b989e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b8a3e0b8b2e0b8a2e0b984e0b895e0b8a3e0b8a1e0b8b2e0b8aa222c226f776e6572223a22e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b8872028e0b887e0b8b2e0b899e0b89ee0b8b1e0b8aae0b894e0b8b829222c227269736b73223a5b22522d323536382d303031225d2c227374617274223a22323032342d31302d3031222c227374657073223a5b22e0b8a3e0b8a7e0b89ae0b8a3e0b8a7e0b8a1e0b884e0b8a7e0b8b2e0b8a1e0b895e0b989e0b8ade0b887e0b881e0b8b2e0b8a3e0b89ee0b8b1e0b8aae0b894e0b8b8e0b888e0b8b2e0b881e0b897e0b8b8e0b881e0b881e0b8ade0b887e0b881e0b988e0b8ade0b899e0b888e0b8b1e0b894e0b897e0b8b3e0b981e0b89ce0b899e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b888e0b8b1e0b894e0b888e0b989e0b8b2e0b887222c22e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b8a3e0b8b2e0b8a2e0b887e0b8b2e0b899e0b882e0b8ade0b88be0b8b7e0b989e0b8ade0b882e0b8ade0b888e0b989e0b8b2e0b887e0b89be0b8a3e0b8b0e0b980e0b8a0e0b897e0b980e0b894e0b8b5e0b8a2e0b8a7e0b881e0b8b1e0b899e0b983e0b899e0b8a3e0b8ade0b89a20333020e0b8a7e0b8b1e0b89920e0b881e0b988e0b8ade0b899e0b980e0b8aae0b899e0b8ade0b884e0b8a7e0b8b2e0b8a1e0b980e0b8abe0b987e0b899e0b88ae0b8ade0b89a222c22e0b980e0b89ce0b8a2e0b981e0b89ee0b8a3e0b988e0b981e0b89ce0b899e0b981e0b8a5e0b8b0e0b8aae0b8a3e0b8b8e0b89be0b89ce0b8a5e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b888e0b8b1e0b894e0b888e0b989e0b8b2e0b887e0b8a3e0b8b2e0b8a2e0b980e0b894e0b8b7e0b8ade0b899e0b89ae0b899e0b980e0b8a7e0b987e0b89ae0b984e0b88be0b895e0b98c20284f3139e280934f323129225d2c22746172676574223a223020e0b884e0b8a3e0b8b1e0b989e0b887222c227469746c65223a22e0b8a1e0b8b2e0b895e0b8a3e0b881e0b8b2e0b8a3e0b89be0b989e0b8ade0b887e0b881e0b8b1e0b899e0b881e0b8b2e0b8a3e0b981e0b89ae0b988e0b887e0b88be0b8b7e0b989e0b8ade0b981e0b89ae0b988e0b887e0b888e0b989e0b8b2e0b887e0b981e0b8a5e0b8b0e0b980e0b89ce0b8a2e0b981e0b89ee0b8a3e0b988e0b981e0b89ce0b899e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b888e0b8b1e0b894e0b888e0b989e0b8b2e0b887227d	\N	\\xe4c8f7261e4acc0bc5950500fbe2882280cd17c22003a7b6d6ef6f07fa99c8a1	\\x74da8a1e3b090ed47a72a6f0ac0ea1218eb0aaca64ac646670584a32ae9d8fb8	6302203
43	measure/M-2568-002	1	MeasurePlanned	1	1796589154277456	1796589154347081	palad	\\x7b226465706172746d656e74223a22434c45524b222c22647565223a22323032352d30392d3330222c226964223a224d2d323536382d303032222c22696e74656772697479223a7b22697373756541726561223a22e0b881e0b8a5e0b984e0b881e0b981e0b8a5e0b8b0e0b8a1e0b8b2e0b895e0b8a3e0b881e0b8b2e0b8a3e0b983e0b899e0b881e0b8b2e0b8a3e0b981e0b881e0b989e0b984e0b882e0b981e0b8a5e0b8b0e0b89be0b989e0b8ade0b887e0b881e0b8b1e0b899e0b881e0b8b2e0b8a3e0b897e0b8b8e0b888e0b8a3e0b8b4e0b895e0b8a0e0b8b2e0b8a2e0b983e0b899e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b899222c226f69744974656d73223a5b224f3334222c224f3335225d2c227175657374696f6e73223a5b22493235222c22493236225d7d2c226b7069223a22e0b8a3e0b989e0b8ade0b8a2e0b8a5e0b8b0e0b882e0b8ade0b887e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b897e0b8b5e0b988e0b881e0b8a3e0b8a3e0b8a1e0b881e0b8b2e0b8a3e0b895e0b8a3e0b8a7e0b888e0b8a3e0b8b1e0b89ae0b8a5e0b887e0b899e0b8b2e0b8a1e0b981e0b89ae0b89ae0b981e0b8aae0b894e0b887e0b884e0b8a7e0b8b2e0b8a1e0b89ae0b8a3e0b8b4e0b8aae0b8b8e0b897e0b898e0b8b4e0b98ce0b983e0b888222c226d6f6e69746f72696e67223a22e0b89ee0b899e0b8b1e0b881e0b887e0b8b2e0b899e0b8a1e0b8b5e0b884e0b8a7e0b8b2e0b8a1e0b8a3e0b8b9e0b989e0b884e0b8a7e0b8b2e0b8a1e0b980e0b882e0b989e0b8b2e0b983e0b888e0b980e0b8a3e0b8b7e0b988e0b8ade0b887e0b89ce0b8a5e0b89be0b8a3e0b8b0e0b982e0b8a2e0b88ae0b899e0b98ce0b897e0b8b1e0b89ae0b88be0b989e0b8ade0b899e0b8a3e0b989e0b8ade0b8a2e0b8a5e0b8b020e0b998e0b990222c226f776e6572223a22e0b887e0b8b2e0b899e0b899e0b8b4e0b895e0b8b4e0b881e0b8b2e0b8a320e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c227269736b73223a5b22522d323536382d303031222c22522d323536382d303032225d2c227374617274223a22323032342d31302d3031222c227374657073223a5b22e0b983e0b8abe0b989e0b881e0b8a3e0b8a3e0b8a1e0b881e0b8b2e0b8a3e0b895e0b8a3e0b8a7e0b888e0b8a3e0b8b1e0b89ae0b89ee0b8b1e0b8aae0b894e0b8b8e0b8a5e0b887e0b899e0b8b2e0b8a1e0b981e0b89ae0b89ae0b981e0b8aae0b894e0b887e0b884e0b8a7e0b8b2e0b8a1e0b89ae0b8a3e0b8b4e0b8aae0b8b8e0b897e0b898e0b8b4e0b98ce0b983e0b888e0b897e0b8b8e0b881e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3222c22e0b8ade0b89ae0b8a3e0b8a1e0b884e0b893e0b8b0e0b881e0b8a3e0b8a3e0b8a1e0b881e0b8b2e0b8a3e0b895e0b8a3e0b8a7e0b888e0b8a3e0b8b1e0b89ae0b887e0b8b2e0b899e0b888e0b989e0b8b2e0b887e0b980e0b8a3e0b8b7e0b988e0b8ade0b887e0b89ce0b8a5e0b89be0b8a3e0b8b0e0b982e0b8a2e0b88ae0b899e0b98ce0b897e0b8b1e0b89ae0b88be0b989e0b8ade0b899e0b981e0b8a5e0b8b0e0b881e0b8b2e0b8a3e0b895e0b8a3e0b8a7e0b888e0b8a3e0b8b1e0b89ae0b895e0b8b2e0b8a1e0b981e0b89ae0b89ae0b8a3e0b8b9e0b89be0b8a3e0b8b2e0b8a2e0b881e0b8b2e0b8a3225d2c22746172676574223a22e0b8a3e0b989e0b8ade0b8a2e0b8a5e0b8b020313030222c2274696d656672616d65223a22e0b895e0b8a5e0b8ade0b894e0b89be0b8b5e0b887e0b89ae0b89be0b8a3e0b8b0e0b8a1e0b8b2e0b893222c227469746c65223a22e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b89be0b989e0b8ade0b887e0b881e0b8b1e0b899e0b89ce0b8a5e0b89be0b8a3e0b8b0e0b982e0b8a2e0b88ae0b899e0b98ce0b897e0b8b1e0b89ae0b88be0b989e0b8ade0b899e0b882e0b8ade0b887e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a227d	\N	\\x74da8a1e3b090ed47a72a6f0ac0ea1218eb0aaca64ac646670584a32ae9d8fb8	\\x5e1b579559edef9f308f3ed4ebbac1d0345b2e9278600f6cb7649dadd7ae3130	6302203
44	measure/M-2568-003	1	MeasurePlanned	1	1796589154277456	1796589154347081	palad	\\x7b226465706172746d656e74223a22434c45524b222c22647565223a22323032352d30362d3330222c226964223a224d2d323536382d303033222c22696e74656772697479223a7b22697373756541726561223a22e0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3e0b981e0b8a5e0b8b0e0b8a3e0b8b0e0b89ae0b89a20452d73657276696365222c226f69744974656d73223a5b224f3134222c224f3135222c224f3138225d2c227175657374696f6e73223a5b5d7d2c226b7069223a22e0b888e0b8b3e0b899e0b8a7e0b899e0b8a0e0b8b2e0b8a3e0b881e0b8b4e0b888e0b897e0b8b5e0b988e0b983e0b8abe0b989e0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3e0b89ce0b988e0b8b2e0b89920452d73657276696365222c226f776e6572223a22e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c227269736b73223a5b22522d323536382d303033222c22522d323536382d303037225d2c227374617274223a22323032342d31302d3031222c227374657073223a5b22e0b89be0b8a3e0b8b1e0b89ae0b89be0b8a3e0b8b8e0b887e0b884e0b8b9e0b988e0b8a1e0b8b7e0b8ade0b8aae0b8b3e0b8abe0b8a3e0b8b1e0b89ae0b89be0b8a3e0b8b0e0b88ae0b8b2e0b88ae0b899e0b983e0b8abe0b989e0b8a3e0b8b0e0b89ae0b8b8e0b882e0b8b1e0b989e0b899e0b895e0b8ade0b899e0b981e0b8a5e0b8b0e0b8a3e0b8b0e0b8a2e0b8b0e0b980e0b8a7e0b8a5e0b8b2e0b881e0b8b2e0b8a3e0b89ee0b8b4e0b888e0b8b2e0b8a3e0b893e0b8b2222c22e0b980e0b89be0b8b4e0b894e0b983e0b8abe0b989e0b8a2e0b8b7e0b988e0b899e0b981e0b8a5e0b8b0e0b895e0b8b4e0b894e0b895e0b8b2e0b8a1e0b884e0b8b3e0b882e0b8ade0b8ade0b899e0b8b8e0b88de0b8b2e0b895e0b89ce0b988e0b8b2e0b899e0b980e0b8a7e0b987e0b89ae0b984e0b88be0b895e0b98c225d2c22746172676574223a22e0b8ade0b8a2e0b988e0b8b2e0b887e0b899e0b989e0b8ade0b8a220e0b99120e0b8a0e0b8b2e0b8a3e0b881e0b8b4e0b888222c227469746c65223a22e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b89ee0b8b1e0b892e0b899e0b8b2e0b8a3e0b8b0e0b89ae0b89ae0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3e0b89be0b8a3e0b8b0e0b88ae0b8b2e0b88ae0b899e0b89ce0b988e0b8b2e0b899e0b8a3e0b8b0e0b89ae0b89ae0b8ade0b8b4e0b980e0b8a5e0b987e0b881e0b897e0b8a3e0b8ade0b899e0b8b4e0b881e0b8aae0b98c2028452d736572766963652920e0b8aae0b8b3e0b8abe0b8a3e0b8b1e0b89ae0b884e0b8b3e0b882e0b8ade0b8ade0b899e0b8b8e0b88de0b8b2e0b895227d	\N	\\x5e1b579559edef9f308f3ed4ebbac1d0345b2e9278600f6cb7649dadd7ae3130	\\x7ac3202cefae4c48068fa78680f3a0a63d57328f461ea88355106e2167e9c9e8	6302203
45	measure/M-2568-004	1	MeasurePlanned	1	1796589154277456	1796589154347081	palad	\\x7b226465706172746d656e74223a22434c45524b222c22647565223a22323032342d31322d3331222c226964223a224d2d323536382d303034222c22696e74656772697479223a7b22697373756541726561223a22e0b881e0b8a3e0b8b0e0b89ae0b8a7e0b899e0b881e0b8b2e0b8a3e0b884e0b8a7e0b89ae0b884e0b8b8e0b8a120e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b8ade0b8b3e0b899e0b8b2e0b888e0b981e0b8a5e0b8b0e0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b887e0b8b2e0b899e0b89ae0b8b8e0b884e0b884e0b8a5222c226f69744974656d73223a5b224f3233222c224f3234222c224f3235225d2c227175657374696f6e73223a5b5d7d2c226b7069223a22e0b884e0b8a7e0b8b2e0b8a1e0b89ee0b8b6e0b887e0b89ee0b8ade0b983e0b888e0b882e0b8ade0b887e0b89ae0b8b8e0b884e0b8a5e0b8b2e0b881e0b8a3e0b895e0b988e0b8ade0b8a3e0b8b0e0b89ae0b89ae0b881e0b8b2e0b8a3e0b980e0b8a5e0b8b7e0b988e0b8ade0b899e0b882e0b8b1e0b989e0b899e0b980e0b887e0b8b4e0b899e0b980e0b894e0b8b7e0b8ade0b899222c226f776e6572223a22e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a52028e0b887e0b8b2e0b899e0b881e0b8b2e0b8a3e0b980e0b888e0b989e0b8b2e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b98829222c227269736b73223a5b22522d323536382d303034225d2c227374617274223a22323032342d31302d3031222c227374657073223a5b22e0b981e0b895e0b988e0b887e0b895e0b8b1e0b989e0b887e0b884e0b893e0b8b0e0b881e0b8a3e0b8a3e0b8a1e0b881e0b8b2e0b8a3e0b881e0b8a5e0b8b1e0b988e0b899e0b881e0b8a3e0b8ade0b887e0b881e0b8b2e0b8a3e0b89be0b8a3e0b8b0e0b980e0b8a1e0b8b4e0b899e0b89ce0b8a5e0b881e0b8b2e0b8a3e0b89be0b88fe0b8b4e0b89ae0b8b1e0b895e0b8b4e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3222c22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b8abe0b8a5e0b8b1e0b881e0b980e0b881e0b893e0b891e0b98ce0b881e0b8b2e0b8a3e0b884e0b8b1e0b894e0b980e0b8a5e0b8b7e0b8ade0b881e0b981e0b8a5e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8a5e0b8b7e0b988e0b8ade0b899e0b882e0b8b1e0b989e0b899e0b980e0b887e0b8b4e0b899e0b980e0b894e0b8b7e0b8ade0b899e0b983e0b8abe0b989e0b89ae0b8b8e0b884e0b8a5e0b8b2e0b881e0b8a3e0b897e0b8a3e0b8b2e0b89a225d2c22746172676574223a22e0b984e0b8a1e0b988e0b895e0b988e0b8b3e0b881e0b8a7e0b988e0b8b2e0b8a3e0b989e0b8ade0b8a2e0b8a5e0b8b020e0b998e0b990222c227469746c65223a22e0b8a1e0b8b2e0b895e0b8a3e0b881e0b8b2e0b8a3e0b881e0b8b2e0b8a3e0b8aae0b8a3e0b989e0b8b2e0b887e0b884e0b8a7e0b8b2e0b8a1e0b982e0b89be0b8a3e0b988e0b887e0b983e0b8aae0b983e0b899e0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b887e0b8b2e0b899e0b89ae0b8b8e0b884e0b884e0b8a5227d	\N	\\x7ac3202cefae4c48068fa78680f3a0a63d57328f461ea88355106e2167e9c9e8	\\x0ba9949ecf8625d646b7af26027b0143d6b595c77cf56d595430944c6e280176	6302203
46	measure/M-2568-005	1	MeasurePlanned	1	1796589154277456	1796589154347081	palad	\\x7b226465706172746d656e74223a22434c45524b222c22647565223a22323032352d30322d3238222c226964223a224d2d323536382d303035222c22696e74656772697479223a7b22697373756541726561223a22e0b881e0b8a3e0b8b0e0b89ae0b8a7e0b899e0b881e0b8b2e0b8a3e0b881e0b8b3e0b881e0b8b1e0b89ae0b894e0b8b9e0b981e0b8a5e0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b882e0b8ade0b887e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3222c226f69744974656d73223a5b224f3134225d2c227175657374696f6e73223a5b22493230222c22493231225d7d2c226b7069223a22e0b8a1e0b8b5e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b981e0b899e0b8a7e0b897e0b8b2e0b887e0b89be0b88fe0b8b4e0b89ae0b8b1e0b895e0b8b4e0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b882e0b8ade0b887e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3222c226f776e6572223a22e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c227269736b73223a5b22522d323536382d303035225d2c227374617274223a22323032342d31312d3031222c227374657073223a5b22e0b888e0b8b1e0b894e0b897e0b8b3e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b981e0b899e0b8a7e0b897e0b8b2e0b887e0b89be0b88fe0b8b4e0b89ae0b8b1e0b895e0b8b4e0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b981e0b8a5e0b8b0e0b881e0b8b2e0b8a3e0b8a2e0b8b7e0b8a1e0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b882e0b8ade0b887e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a320e0b89ee0b8a3e0b989e0b8ade0b8a1e0b981e0b89ae0b89ae0b882e0b8ade0b8ade0b899e0b8b8e0b88de0b8b2e0b895222c22e0b8a7e0b8b2e0b887e0b8a3e0b8b0e0b89ae0b89ae0b897e0b8b0e0b980e0b89ae0b8b5e0b8a2e0b899e0b881e0b8b2e0b8a3e0b8a2e0b8b7e0b8a1e0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b882e0b8ade0b887e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3225d2c22746172676574223a22e0b8ade0b8a2e0b988e0b8b2e0b887e0b899e0b989e0b8ade0b8a220e0b99120e0b889e0b89ae0b8b1e0b89a222c227469746c65223a22e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b8aae0b8a3e0b989e0b8b2e0b887e0b884e0b8a7e0b8b2e0b8a1e0b982e0b89be0b8a3e0b988e0b887e0b983e0b8aae0b983e0b899e0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b882e0b8ade0b887e0b897e0b8b2e0b887e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3227d	\N	\\x0ba9949ecf8625d646b7af26027b0143d6b595c77cf56d595430944c6e280176	\\xdbe624b9165e9841db022d8d2987ef1c86eddd034a15cad8112aa6cb11e1dd05	6302203
94	egp-import/contracts	1	ContractsImported	1	1796589156083107	1796589156123032	anan	\\x7b226279746573223a31323232392c2266696c65223a22496d706f7274732f6578616d706c65732f74616b6261692d636f6e7472616374732d323536382e637376222c22696e76616c6964546178494473223a302c227265636f726473223a31352c22726f777352656164223a31352c22736369656e7469666963546178494473223a312c22736861323536223a2264626561323134346261353363666266653335666134313134336238613739626135633939613131313332663266643930353461633265616432303936663663222c22736f75726365223a22646174612e676f2e74682d637376222c22776974686f7574436f6e7472616374223a317d	egp-contracts|dbea2144ba53cfbfe35fa41143b8a79ba5c99a11132f2fd9054ac2ead2096f6c|-	\\xe3c9178d31e68874e6828c6ff7b65e90b786e9cccbdd22e140ee4d425fb1b108	\\xca14fa858ae17758d95e8ec11b3e4c70ed41316f59acd2acedb9b0fdaa09b82f	6302203
47	measure/M-2568-006	1	MeasurePlanned	1	1796589154277456	1796589154347081	palad	\\x7b226465706172746d656e74223a224155444954222c22647565223a22323032352d30392d3330222c226964223a224d2d323536382d303036222c226b7069223a22e0b8a3e0b989e0b8ade0b8a2e0b8a5e0b8b0e0b882e0b8ade0b887e0b980e0b894e0b8b7e0b8ade0b899e0b897e0b8b5e0b988e0b984e0b894e0b989e0b8a3e0b8b1e0b89ae0b881e0b8b2e0b8a3e0b8aae0b8b8e0b988e0b8a1e0b895e0b8a3e0b8a7e0b888222c226f776e6572223a22e0b8abe0b899e0b988e0b8a7e0b8a2e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b8a0e0b8b2e0b8a2e0b983e0b899222c227269736b73223a5b22522d323536382d303036225d2c227374617274223a22323032352d30312d3031222c227374657073223a5b22e0b8aae0b8b8e0b988e0b8a1e0b895e0b8a3e0b8a7e0b888e0b89ae0b8b1e0b88de0b88ae0b8b5e0b8a5e0b887e0b980e0b8a7e0b8a5e0b8b2e0b980e0b894e0b987e0b881e0b980e0b897e0b8b5e0b8a2e0b89ae0b881e0b8b1e0b89ae0b8abe0b8a5e0b8b1e0b881e0b890e0b8b2e0b899e0b881e0b8b2e0b8a3e0b980e0b89ae0b8b4e0b881e0b888e0b988e0b8b2e0b8a2e0b8a3e0b8b2e0b8a2e0b980e0b894e0b8b7e0b8ade0b899225d2c22746172676574223a22e0b8a3e0b989e0b8ade0b8a2e0b8a5e0b8b0203530222c227469746c65223a22e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b881e0b8b2e0b8a3e0b980e0b89ae0b8b4e0b881e0b888e0b988e0b8b2e0b8a2e0b884e0b988e0b8b2e0b8ade0b8b2e0b8abe0b8b2e0b8a3e0b881e0b8a5e0b8b2e0b887e0b8a7e0b8b1e0b899e0b980e0b897e0b8b5e0b8a2e0b89ae0b89ae0b8b1e0b88de0b88ae0b8b5e0b8a5e0b887e0b980e0b8a7e0b8a5e0b8b2e0b980e0b894e0b987e0b881227d	\N	\\xdbe624b9165e9841db022d8d2987ef1c86eddd034a15cad8112aa6cb11e1dd05	\\xfae39ad41ae6de3c729c892e68217ac12a58eab750cf55664a89ed0c9a434197	6302203
48	riskround/2568-1	1	ScoringRoundOpened	1	1796589154439125	1796589154509523	palad	\\x7b226368616972223a2270616c6164222c226b696e64223a22696e686572656e74222c22726f756e64223a7b2266697363616c59656172223a323536382c226e756d626572223a317d7d	\N	\\xfae39ad41ae6de3c729c892e68217ac12a58eab750cf55664a89ed0c9a434197	\\x8d83f29c4df5642587d95716a6038603ba3987fafa4ebe67ed423ee05f429564	6302203
49	risk/R-2568-001	3	RiskScored	1	1796589154556811	1796589154623266	palad	\\x7b22696d70616374223a342c226b696e64223a22696e686572656e74222c226c696b656c69686f6f64223a342c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d2c226d656d626572223a2270616c6164222c226e6f7465223a22e0b89be0b8a3e0b8b0e0b980e0b8a1e0b8b4e0b899e0b8a3e0b8ade0b89ae0b981e0b8a3e0b881222c227269736b223a22522d323536382d303031222c22726f756e64223a7b2266697363616c59656172223a323536382c226e756d626572223a317d7d	\N	\\x8d83f29c4df5642587d95716a6038603ba3987fafa4ebe67ed423ee05f429564	\\x5d9fcebe1a0fc49c0921a2dfc63ce6311c35d45ccd9e37718b7cbe5f75cf4c7a	6302203
50	risk/R-2568-001	4	RiskScored	1	1796589154701839	1796589154756298	nisa	\\x7b22696d70616374223a342c226b696e64223a22696e686572656e74222c226c696b656c69686f6f64223a332c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d2c226d656d626572223a226e697361222c227269736b223a22522d323536382d303031222c22726f756e64223a7b2266697363616c59656172223a323536382c226e756d626572223a317d7d	\N	\\x5d9fcebe1a0fc49c0921a2dfc63ce6311c35d45ccd9e37718b7cbe5f75cf4c7a	\\xa19a10794aaf7a75654c6aea5ba81fe4fa5975d289b50585cd0b7825cfe102e6	6302203
51	risk/R-2568-001	5	RiskScored	1	1796589154855135	1796589154923011	sompong	\\x7b22696d70616374223a332c226b696e64223a22696e686572656e74222c226c696b656c69686f6f64223a342c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d2c226d656d626572223a22736f6d706f6e67222c227269736b223a22522d323536382d303031222c22726f756e64223a7b2266697363616c59656172223a323536382c226e756d626572223a317d7d	\N	\\xa19a10794aaf7a75654c6aea5ba81fe4fa5975d289b50585cd0b7825cfe102e6	\\x51d7fa0cdae8115b6ad5c63906ec09e2889f0516942a713fa2bd32e8ee78910d	6302203
52	risk/R-2568-002	3	RiskScored	1	1796589154983973	1796589155078316	palad	\\x7b22696d70616374223a342c226b696e64223a22696e686572656e74222c226c696b656c69686f6f64223a342c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d2c226d656d626572223a2270616c6164222c226e6f7465223a22e0b89be0b8a3e0b8b0e0b980e0b8a1e0b8b4e0b899e0b8a3e0b8ade0b89ae0b981e0b8a3e0b881222c227269736b223a22522d323536382d303032222c22726f756e64223a7b2266697363616c59656172223a323536382c226e756d626572223a317d7d	\N	\\x51d7fa0cdae8115b6ad5c63906ec09e2889f0516942a713fa2bd32e8ee78910d	\\x8fdf98c7d8029adaa1a2745cbd06081d4209733bdf3d035b8b861bf68dfdb08b	6302203
53	risk/R-2568-002	4	RiskScored	1	1796589155136721	1796589155174098	nisa	\\x7b22696d70616374223a342c226b696e64223a22696e686572656e74222c226c696b656c69686f6f64223a332c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d2c226d656d626572223a226e697361222c227269736b223a22522d323536382d303032222c22726f756e64223a7b2266697363616c59656172223a323536382c226e756d626572223a317d7d	\N	\\x8fdf98c7d8029adaa1a2745cbd06081d4209733bdf3d035b8b861bf68dfdb08b	\\x2f88bc839d595fbd6cbdb5ba8abbcfab9197f597cbba0370392e815fea5d0195	6302203
54	risk/R-2568-002	5	RiskScored	1	1796589155233647	1796589155287286	sompong	\\x7b22696d70616374223a332c226b696e64223a22696e686572656e74222c226c696b656c69686f6f64223a342c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d2c226d656d626572223a22736f6d706f6e67222c227269736b223a22522d323536382d303032222c22726f756e64223a7b2266697363616c59656172223a323536382c226e756d626572223a317d7d	\N	\\x2f88bc839d595fbd6cbdb5ba8abbcfab9197f597cbba0370392e815fea5d0195	\\x204efa7d1814a54ddee80e557c35f9885d181fe6e3ffcf7e88da0e6b43d71b97	6302203
55	risk/R-2568-003	3	RiskScored	1	1796589155351214	1796589155395383	palad	\\x7b22696d70616374223a342c226b696e64223a22696e686572656e74222c226c696b656c69686f6f64223a342c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d2c226d656d626572223a2270616c6164222c226e6f7465223a22e0b89be0b8a3e0b8b0e0b980e0b8a1e0b8b4e0b899e0b8a3e0b8ade0b89ae0b981e0b8a3e0b881222c227269736b223a22522d323536382d303033222c22726f756e64223a7b2266697363616c59656172223a323536382c226e756d626572223a317d7d	\N	\\x204efa7d1814a54ddee80e557c35f9885d181fe6e3ffcf7e88da0e6b43d71b97	\\xb34488213f044a9168505ba5acb82ff0742975729d1d5950c7dbf9b4417b8753	6302203
56	risk/R-2568-003	4	RiskScored	1	1796589155454754	1796589155514657	nisa	\\x7b22696d70616374223a342c226b696e64223a22696e686572656e74222c226c696b656c69686f6f64223a332c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d2c226d656d626572223a226e697361222c227269736b223a22522d323536382d303033222c22726f756e64223a7b2266697363616c59656172223a323536382c226e756d626572223a317d7d	\N	\\xb34488213f044a9168505ba5acb82ff0742975729d1d5950c7dbf9b4417b8753	\\xf22ffc3817a06788bc3db95fe7f80ae37e0e25638d1a060d765a81e15cf1f325	6302203
57	risk/R-2568-003	5	RiskScored	1	1796589155595159	1796589155652437	sompong	\\x7b22696d70616374223a332c226b696e64223a22696e686572656e74222c226c696b656c69686f6f64223a342c226d6174726978223a7b226964223a22357835222c2276657273696f6e223a327d2c226d656d626572223a22736f6d706f6e67222c227269736b223a22522d323536382d303033222c22726f756e64223a7b2266697363616c59656172223a323536382c226e756d626572223a317d7d	\N	\\xf22ffc3817a06788bc3db95fe7f80ae37e0e25638d1a060d765a81e15cf1f325	\\x32dd178481c5024ee1f5a5d9984a45fc25e26d02322201efaaf5cba3f5a4232d	6302203
58	coi-key/store	1	DeclarationStreamKeyCreated	1	1796589155748473	1796589155791703	anan	\\x7b226b6579223a2262663932656335656136346635353837666531666632303830353364303062383431613239373061666261636138663536343130623638326130393364313765222c22736368656d65223a22686d61632d7368613235362d6865783234227d	\N	\\x32dd178481c5024ee1f5a5d9984a45fc25e26d02322201efaaf5cba3f5a4232d	\\x05a606311cb95b60b7eb1012a93c34190e1ef1ea8fe01ce4b9a10fa0ea758dde	6302203
59	committee/67119000333	1	CommitteeRecorded	1	1728925200000000	1796589155791703	anan	\\x7b226170706f696e7465644f6e223a22323032342d31302d3135222c226f72646572223a22e0b884e0b8b3e0b8aae0b8b1e0b988e0b887e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a20e0b897e0b8b5e0b988203431322f32353637222c2270726f6a656374223a223637313139303030333333222c227365617473223a5b7b22726f6c65223a22652d62696464696e672d6368616972222c2273746166664944223a227375726163686169227d2c7b22726f6c65223a22652d62696464696e672d6d656d626572222c2273746166664944223a22727573646565227d2c7b22726f6c65223a22652d62696464696e672d6d656d626572222c2273746166664944223a2277616e696461227d2c7b22726f6c65223a22686561642d6f666669636572222c2273746166664944223a226e697361227d2c7b22726f6c65223a22696e7370656374696f6e2d6368616972222c2273746166664944223a227375726163686169227d2c7b22726f6c65223a22696e7370656374696f6e2d6d656d626572222c2273746166664944223a22666174696d6168227d2c7b22726f6c65223a226f666669636572222c2273746166664944223a226b69747469706f6e67227d5d7d	\N	\\x05a606311cb95b60b7eb1012a93c34190e1ef1ea8fe01ce4b9a10fa0ea758dde	\\xf99876ce125b3b4a5d66c976b1965e545ac228d3588ae7aab9216ee6fcc1db96	6302203
60	coi/c03fadd99463d2362e671416	1	DeclarationSigned	1	1727715600000000	1796589155791703	anan	\\x7b226465636c6172616e74223a2270616c6164222c226465636c61726174696f6e4944223a2241323536382d70616c6164222c226465706172746d656e74223a22434c45524b222c22696e74657265737473223a5b5d2c227369676e65644f6e223a22323032342d31302d3031222c227375626a656374223a7b2266697363616c59656172223a323536382c226b696e64223a22616e6e75616c227d7d	\N	\\xf99876ce125b3b4a5d66c976b1965e545ac228d3588ae7aab9216ee6fcc1db96	\\x4dba80fded39282382902d06c7cc92b3fe468b7ee1e0b4cb8d4a993bdebcc5a1	6302203
61	coi/341e484ab15c068d6a7a72d2	1	DeclarationSigned	1	1727715600000000	1796589155791703	anan	\\x7b226465636c6172616e74223a227375726163686169222c226465636c61726174696f6e4944223a2241323536382d7375726163686169222c226465706172746d656e74223a22454e47222c22696e74657265737473223a5b5d2c227369676e65644f6e223a22323032342d31302d3031222c227375626a656374223a7b2266697363616c59656172223a323536382c226b696e64223a22616e6e75616c227d7d	\N	\\x4dba80fded39282382902d06c7cc92b3fe468b7ee1e0b4cb8d4a993bdebcc5a1	\\x8694606399e8efa36aedc366b2817d9786dd10e634df489ea94a9f75aef68922	6302203
62	coi/3f55ff319d7bfc9f293b8798	1	DeclarationSigned	1	1727802000000000	1796589155791703	anan	\\x7b226465636c6172616e74223a226e697361222c226465636c61726174696f6e4944223a2241323536382d6e697361222c226465706172746d656e74223a2246494e222c22696e74657265737473223a5b7b2264657461696c223a22e0b896e0b8b7e0b8ade0b8abe0b8b8e0b989e0b899e0b8a3e0b989e0b8ade0b8a2e0b8a5e0b8b0203520e0b881e0b988e0b8ade0b899e0b980e0b882e0b989e0b8b2e0b8a3e0b8b1e0b89ae0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3e0b983e0b899e0b895e0b8b3e0b981e0b8abe0b899e0b988e0b887e0b89be0b8b1e0b888e0b888e0b8b8e0b89ae0b8b1e0b899222c2266726f6d223a22323032302d30312d3032222c227061727479223a7b226e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b899e0b8a3e0b8b2e0b884e0b8ade0b8a1e0b89ee0b8b4e0b8a7e0b980e0b895e0b8ade0b8a3e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894222c227461784944223a2230393635353330303030343534227d2c2270617274794b696e64223a226669726d222c2272656c6174696f6e73686970223a227368617265686f6c646572222c227368617265223a22352e3030227d5d2c227369676e65644f6e223a22323032342d31302d3032222c227375626a656374223a7b2266697363616c59656172223a323536382c226b696e64223a22616e6e75616c227d7d	\N	\\x8694606399e8efa36aedc366b2817d9786dd10e634df489ea94a9f75aef68922	\\x99d30bac542d02281fdffa3003ff05b577b98f0051b67e17e1fa62712d384242	6302203
63	coi/c81797fff013be8e2eca53b5	1	DeclarationSigned	1	1727802000000000	1796589155791703	anan	\\x7b226465636c6172616e74223a226b69747469706f6e67222c226465636c61726174696f6e4944223a2241323536382d6b69747469706f6e67222c226465706172746d656e74223a2246494e222c22696e74657265737473223a5b5d2c227369676e65644f6e223a22323032342d31302d3032222c227375626a656374223a7b2266697363616c59656172223a323536382c226b696e64223a22616e6e75616c227d7d	\N	\\x99d30bac542d02281fdffa3003ff05b577b98f0051b67e17e1fa62712d384242	\\xcc494d13aff0d258bcdcf5b16587365ef0d9bea02a2f00bf006e9cb66ef5a534	6302203
64	coi/e348ae11ab4886e730043f5d	1	DeclarationSigned	1	1729184400000000	1796589155791703	anan	\\x7b226465636c6172616e74223a226b69747469706f6e67222c226465636c61726174696f6e4944223a2236373131393030303333332d6f6666696365722d6b69747469706f6e67222c226465706172746d656e74223a2246494e222c22696e74657265737473223a5b5d2c227369676e65644f6e223a22323032342d31302d3138222c227375626a656374223a7b226b696e64223a2270726f637572656d656e74222c2270726f6a656374223a223637313139303030333333222c22726f6c65223a226f666669636572227d7d	\N	\\xcc494d13aff0d258bcdcf5b16587365ef0d9bea02a2f00bf006e9cb66ef5a534	\\x063dfa5b1d7c8eb14b15264ea32b5863414f0a3910474a1046e6eb059675bfca	6302203
65	coi/e319d528e9fe7a96b338a78a	1	DeclarationSigned	1	1729184400000000	1796589155791703	anan	\\x7b226465636c6172616e74223a226e697361222c226465636c61726174696f6e4944223a2236373131393030303333332d686561642d6f6666696365722d6e697361222c226465706172746d656e74223a2246494e222c22696e74657265737473223a5b5d2c227369676e65644f6e223a22323032342d31302d3138222c227375626a656374223a7b226b696e64223a2270726f637572656d656e74222c2270726f6a656374223a223637313139303030333333222c22726f6c65223a22686561642d6f666669636572227d7d	\N	\\x063dfa5b1d7c8eb14b15264ea32b5863414f0a3910474a1046e6eb059675bfca	\\xbcfa18b38ce809c9c41cd7c34ea4a1908d89fcce8d09c865fa499c868a207c3c	6302203
67	coi/775b99faa9649fbaa4205e05	1	DeclarationSigned	1	1732035600000000	1796589155791703	anan	\\x7b226465636c6172616e74223a22727573646565222c226465636c61726174696f6e4944223a2236373131393030303333332d652d62696464696e672d6d656d6265722d727573646565222c226465706172746d656e74223a22454e47222c22696e74657265737473223a5b7b2264657461696c223a22e0b89ee0b8b5e0b988e0b980e0b882e0b8a2e0b980e0b89be0b987e0b899e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b89ce0b8b9e0b989e0b888e0b8b1e0b894e0b881e0b8b2e0b8a320e0b981e0b8a5e0b8b0e0b8abe0b989e0b8b2e0b887e0b8af20e0b8a2e0b8b7e0b988e0b899e0b882e0b989e0b8ade0b980e0b8aae0b899e0b8ade0b983e0b899e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b899e0b8b5e0b989222c227061727479223a7b226e616d65223a22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2222c227461784944223a2230393633353530303030313231227d2c2270617274794b696e64223a226669726d222c2272656c6174696f6e73686970223a2272656c6174697665227d5d2c227369676e65644f6e223a22323032342d31312d3230222c227375626a656374223a7b226b696e64223a2270726f637572656d656e74222c2270726f6a656374223a223637313139303030333333222c22726f6c65223a22652d62696464696e672d6d656d626572227d7d	\N	\\x22784b27621de5f737b35b342ac4ee7b99b0b01240b0c7b5189549c01a52a6a2	\\xbfcca1871f38e7b3d92960e29b3ed66eb761c853f61f0f41480e905baaa19767	6302203
68	coi/775b99faa9649fbaa4205e05	2	RecusalRecorded	1	1732035600000000	1796589155791703	anan	\\x7b226465636c6172616e74223a22727573646565222c226465636c61726174696f6e4944223a2236373131393030303333332d652d62696464696e672d6d656d6265722d727573646565222c2270617274696573223a5b7b226e616d65223a22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2222c227461784944223a2230393633353530303030313231227d5d2c2270726f6a656374223a223637313139303030333333222c227265636f726465644f6e223a22323032342d31312d3230222c22726f6c65223a22652d62696464696e672d6d656d626572227d	\N	\\xbfcca1871f38e7b3d92960e29b3ed66eb761c853f61f0f41480e905baaa19767	\\x2743bf745ff936f0ceb7c464d2958c6c4fd77146ac8cf4b34af0bf0455d45a93	6302203
69	egp-feed/6960501	1	AnnouncementsPublished	2	1728320400000000	1796589155926480	anan	\\x7b22616e6e6f756e63656d656e7473223a5b7b2264223a22323032342d31302d3038222c226c223a227e7436353764613864372d373638312d353036652d616437342d623138343430353962666235222c226e223a31312c2270223a22503638313030303135303231222c2274223a22e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b89920e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a520e0b89be0b8a3e0b8b0e0b888e0b8b3e0b89be0b8b5e0b887e0b89ae0b89be0b8a3e0b8b0e0b8a1e0b8b2e0b89320e0b89e2ee0b8a82e20e0b992e0b995e0b996e0b998222c2279223a225030227d2c7b2264223a22323032342d31302d3038222c226c223a227e7434623434636337632d333334332d353238342d386336342d363430323238376434363834222c226e223a31382c2270223a22503638313030303135303232222c2274223a22e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b896e0b899e0b899e0b884e0b8ade0b899e0b881e0b8a3e0b8b5e0b895e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b980e0b8abe0b8a5e0b987e0b88120e0b88be0b8ade0b8a2e0b89be0b8a3e0b8b0e0b88ae0b8b2e0b8a3e0b988e0b8a7e0b8a1e0b983e0b88820e0b88ae0b8b8e0b8a1e0b88ae0b899e0b895e0b8a5e0b8b2e0b894e0b980e0b881e0b988e0b8b220e0b895e0b8b3e0b89ae0b8a5e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c2279223a225030227d2c7b2264223a22323032342d31302d3038222c226c223a227e7430373763663461382d383735392d356438632d616532652d653932343961633762626537222c226e223a32352c2270223a224d3638313030303135303233222c2274223a22e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3e0b980e0b881e0b987e0b89ae0b882e0b899e0b882e0b8a2e0b8b0e0b8a1e0b8b9e0b8a5e0b89de0b8ade0b8a220e0b8a0e0b8b2e0b8a2e0b983e0b899e0b980e0b882e0b895e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a20e0b8a3e0b8b0e0b8a2e0b8b0e0b980e0b8a7e0b8a5e0b8b220e0b991e0b99220e0b980e0b894e0b8b7e0b8ade0b899222c2279223a225030227d2c7b2264223a22323032342d31302d3038222c226c223a227e7461323033633262622d626265382d353132382d383164312d393266383465666661643539222c226e223a33322c2270223a22503638313030303135303234222c2274223a22e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b8ade0b8b2e0b8abe0b8b2e0b8a3e0b980e0b8aae0b8a3e0b8b4e0b8a12028e0b899e0b8a12920e0b982e0b8a3e0b887e0b980e0b8a3e0b8b5e0b8a2e0b89920e0b8a0e0b8b2e0b884e0b980e0b8a3e0b8b5e0b8a2e0b899e0b897e0b8b5e0b98820e0b9922fe0b992e0b995e0b996e0b997222c2279223a225030227d5d2c226465706172746d656e744944223a2236393630353031227d	\N	\\x2743bf745ff936f0ceb7c464d2958c6c4fd77146ac8cf4b34af0bf0455d45a93	\\x667845a022e4adc9345ead2564c7c495520790b001d6f8981680ed010754e6c4	6302203
70	egp-import/6960501	1	FeedImported	1	1796589155921623	1796589155926480	anan	\\x7b22616e6e6f756e63656d656e7473223a342c226279746573223a323332362c22636f756e744279446179223a352c226465636c61726564456e636f64696e67223a2277696e646f77732d383734222c226465706172746d656e744944223a2236393630353031222c22656e636f64696e67223a2277696e646f77733837344465636c61726564222c2266696c65223a22496d706f7274732f6578616d706c65732f74616b6261692d363936303530312d323032342d31302d30382d706c616e2e786d6c222c22677a6970223a66616c73652c226974656d7352656164223a352c2272656a6563746564223a302c22736861323536223a2265653236623433343065343539303431373961333139346239626537313839626238343038626439376664633262396662336334623732363633366435373262222c227472756e636174656450616765223a66616c73652c227761726e696e6773223a312c22776974686f75744944223a317d	egp-feed|ee26b4340e45904179a3194b9be7189bb8408bd97fdc2b9fb3c4b726636d572b|6960501	\\x667845a022e4adc9345ead2564c7c495520790b001d6f8981680ed010754e6c4	\\xa3db5ed6df5fa061dca19ec421f1ecd8607ce8403431a2cf6a9f387765c9a8aa	6302203
71	egp-feed/6960501	2	AnnouncementsPublished	2	1732554000000000	1796589155967368	anan	\\x7b22616e6e6f756e63656d656e7473223a5b7b2264223a22323032342d31312d3236222c226c223a227e7463333632656230302d363438372d353232662d623031352d326464613061643234373364222c226d223a22652d62696464696e67222c226e223a31312c2270223a223637313139303030333333222c2274223a22e0b8a3e0b988e0b8b2e0b887e0b980e0b8ade0b881e0b8aae0b8b2e0b8a3e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b220e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b896e0b899e0b899e0b884e0b8ade0b899e0b881e0b8a3e0b8b5e0b895e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b980e0b8abe0b8a5e0b987e0b88120e0b8aae0b8b2e0b8a2e0b89ae0b989e0b8b2e0b899e0b8a8e0b8b2e0b8a5e0b8b2e0b983e0b8abe0b8a1e0b988202d20e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b220e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99320e0b895e0b8b3e0b89ae0b8a5e0b980e0b888e0b98ae0b8b0e0b980e0b8ab20e0b882e0b899e0b8b2e0b894e0b881e0b8a7e0b989e0b8b2e0b88720e0b9952ee0b990e0b99020e0b980e0b8a1e0b895e0b8a320e0b8a2e0b8b2e0b8a720e0b993e0b992e0b99020e0b980e0b8a1e0b895e0b8a320e0b8abe0b899e0b8b220e0b9902ee0b991e0b99520e0b980e0b8a1e0b895e0b8a320e0b894e0b989e0b8a7e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b8ade0b8b4e0b980e0b8a5e0b987e0b881e0b897e0b8a3e0b8ade0b899e0b8b4e0b881e0b8aae0b98c2028652d62696464696e6729222c2279223a224230227d2c7b2264223a22323032342d31312d3236222c226c223a227e663362316233323131333530383534323762353461353165313761613039346363222c226d223a22652d62696464696e67222c226e223a31382c2270223a223637313139303030333333222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b8a3e0b8b2e0b884e0b8b2e0b881e0b8a5e0b8b2e0b88720e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b896e0b899e0b899e0b884e0b8ade0b899e0b881e0b8a3e0b8b5e0b895e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b980e0b8abe0b8a5e0b987e0b88120e0b8aae0b8b2e0b8a2e0b89ae0b989e0b8b2e0b899e0b8a8e0b8b2e0b8a5e0b8b2e0b983e0b8abe0b8a1e0b988202d20e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b220e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b993222c2279223a223135227d2c7b2264223a22323032342d31312d3236222c226c223a227e7465656165626539312d313264382d353633342d383730332d636233666531333862643164222c226d223a22652d62696464696e67222c226e223a32352c2270223a223637313139303030333333222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b896e0b899e0b899e0b884e0b8ade0b899e0b881e0b8a3e0b8b5e0b895e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b980e0b8abe0b8a5e0b987e0b88120e0b8aae0b8b2e0b8a2e0b89ae0b989e0b8b2e0b899e0b8a8e0b8b2e0b8a5e0b8b2e0b983e0b8abe0b8a1e0b988202d20e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b220e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99320e0b895e0b8b3e0b89ae0b8a5e0b980e0b888e0b98ae0b8b0e0b980e0b8ab20e0b882e0b899e0b8b2e0b894e0b881e0b8a7e0b989e0b8b2e0b88720e0b9952ee0b990e0b99020e0b980e0b8a1e0b895e0b8a320e0b8a2e0b8b2e0b8a720e0b993e0b992e0b99020e0b980e0b8a1e0b895e0b8a320e0b8abe0b899e0b8b220e0b9902ee0b991e0b99520e0b980e0b8a1e0b895e0b8a320e0b894e0b989e0b8a7e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b8ade0b8b4e0b980e0b8a5e0b987e0b881e0b897e0b8a3e0b8ade0b899e0b8b4e0b881e0b8aae0b98c2028652d62696464696e6729222c2279223a224430227d2c7b2264223a22323032342d31312d3236222c226c223a227e7463373233616331372d393837612d353262642d616637642d386638336161313531373563222c226d223a22652d62696464696e67222c226e223a33322c2270223a223637313139303030333332222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b897e0b8b3e0b884e0b8a7e0b8b2e0b8a1e0b8aae0b8b0e0b8ade0b8b2e0b894e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b89920e0b894e0b989e0b8a7e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b8ade0b8b4e0b980e0b8a5e0b987e0b881e0b897e0b8a3e0b8ade0b899e0b8b4e0b881e0b8aae0b98c2028652d62696464696e6729222c2279223a224430227d2c7b2264223a22323032342d31312d3236222c226c223a227e7436373262653332392d666232322d356138642d626236612d613861663433346565333264222c226d223a22652d6d61726b6574222c226e223a33392c2270223a223637313139303030333431222c2274223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b980e0b88ae0b8b7e0b989e0b8ade0b980e0b89ee0b8a5e0b8b4e0b887e0b981e0b8a5e0b8b0e0b8abe0b8a5e0b988e0b8ade0b8a5e0b8b7e0b988e0b8992028e0b899e0b989e0b8b3e0b8a1e0b8b1e0b899e0b894e0b8b5e0b980e0b88be0b8a52920e0b888e0b8b3e0b899e0b8a7e0b89920e0b993e0b9902ce0b990e0b990e0b99020e0b8a5e0b8b4e0b895e0b8a320e0b894e0b989e0b8a7e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b895e0b8a5e0b8b2e0b894e0b8ade0b8b4e0b980e0b8a5e0b987e0b881e0b897e0b8a3e0b8ade0b899e0b8b4e0b881e0b8aae0b98c2028652d6d61726b657429222c2279223a224430227d2c7b2264223a22323032342d31312d3236222c226c223a227e7465653466623564302d343335322d356231312d383532372d323339636262343738613137222c226d223a227370656369666963222c226e223a34362c2270223a223637313139303030333535222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b8992028e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b8872920e0b888e0b8b3e0b899e0b8a7e0b89920e0b991e0b99520e0b8a3e0b8b2e0b8a2e0b881e0b8b2e0b8a320e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d5d2c226465706172746d656e744944223a2236393630353031227d	\N	\\xa3db5ed6df5fa061dca19ec421f1ecd8607ce8403431a2cf6a9f387765c9a8aa	\\x48f878283c611aabd1dc01d98abde97c4cd9c3f003f9700e115d19941a1c59a1	6302203
72	egp-import/6960501	2	FeedImported	1	1796589155921623	1796589155967368	anan	\\x7b22616e6e6f756e63656d656e7473223a362c226279746573223a333335322c22636f756e744279446179223a362c226465636c61726564456e636f64696e67223a2277696e646f77732d383734222c226465706172746d656e744944223a2236393630353031222c22656e636f64696e67223a2277696e646f77733837344465636c61726564222c2266696c65223a22496d706f7274732f6578616d706c65732f74616b6261692d363936303530312d323032342d31312d32362e786d6c222c22677a6970223a66616c73652c226974656d7352656164223a362c2272656a6563746564223a302c22736861323536223a2232306661333235613933353665343234393830316134623936386338333934333730306563333436623866333962653261333037386366636435613734346639222c227472756e636174656450616765223a66616c73652c227761726e696e6773223a302c22776974686f75744944223a307d	egp-feed|20fa325a9356e4249801a4b968c83943700ec346b8f39be2a3078cfcd5a744f9|6960501	\\x48f878283c611aabd1dc01d98abde97c4cd9c3f003f9700e115d19941a1c59a1	\\x536dbc1c92dda53c3ada7d2879eafeabfcf3480b8eb713193c7623f0c9ca72fc	6302203
73	egp-feed/6960501	3	AnnouncementsPublished	2	1736787600000000	1796589155984724	anan	\\x7b22616e6e6f756e63656d656e7473223a5b7b2264223a22323032352d30312d3134222c226c223a227e7464616562656163612d353464652d353663612d383537662d346639303336646262383631222c226d223a22652d62696464696e67222c226e223a31312c2270223a223637313139303030333333222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b896e0b899e0b899e0b884e0b8ade0b899e0b881e0b8a3e0b8b5e0b895e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b980e0b8abe0b8a5e0b987e0b88120e0b8aae0b8b2e0b8a2e0b89ae0b989e0b8b2e0b899e0b8a8e0b8b2e0b8a5e0b8b2e0b983e0b8abe0b8a1e0b988202d20e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b220e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99320e0b895e0b8b3e0b89ae0b8a5e0b980e0b888e0b98ae0b8b0e0b980e0b8ab20e0b894e0b989e0b8a7e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b8ade0b8b4e0b980e0b8a5e0b987e0b881e0b897e0b8a3e0b8ade0b899e0b8b4e0b881e0b8aae0b98c2028652d62696464696e6729222c2279223a225730227d2c7b2264223a22323032352d30312d3134222c226c223a227e7466636136623938392d313661392d353634632d393839612d646365313734643138643463222c226d223a22652d62696464696e67222c226e223a31382c2270223a223637313139303030333332222c2274223a22222c2279223a224432227d2c7b2264223a22323032352d30312d3134222c226c223a227e7433623465343732332d613433622d356531332d386133312d646363666134613739373933222c226d223a2273656c656374696f6e222c226e223a32352c2270223a223638303139303030303132222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b984e0b894e0b989e0b8a3e0b8b1e0b89ae0b881e0b8b2e0b8a3e0b884e0b8b1e0b894e0b980e0b8a5e0b8b7e0b8ade0b88120e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b8ade0b8b2e0b884e0b8b2e0b8a3e0b8a8e0b8b9e0b899e0b8a2e0b98ce0b89ee0b8b1e0b892e0b899e0b8b2e0b980e0b894e0b987e0b881e0b980e0b8a5e0b987e0b881e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a20e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b884e0b8b1e0b894e0b980e0b8a5e0b8b7e0b8ade0b881222c2279223a225730227d2c7b2264223a22323032352d30312d3134222c226c223a227e663665363038626563373930613530346562613838633566616132343764663731222c226d223a22636f6e73756c74696e672f7370656369666963222c226e223a33322c2270223a223638303139303030303135222c2274223a22e0b888e0b989e0b8b2e0b887e0b897e0b8b5e0b988e0b89be0b8a3e0b8b6e0b881e0b8a9e0b8b2e0b8aae0b8b3e0b8a3e0b8a7e0b888e0b884e0b8a7e0b8b2e0b8a1e0b89ee0b8b6e0b887e0b89ee0b8ade0b983e0b888e0b882e0b8ade0b887e0b89ce0b8b9e0b989e0b8a3e0b8b1e0b89ae0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a320e0b89be0b8a3e0b8b0e0b888e0b8b3e0b89be0b8b5e0b887e0b89ae0b89be0b8a3e0b8b0e0b8a1e0b8b2e0b89320e0b992e0b995e0b996e0b99820e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30312d3134222c226c223a227e70363731313930303033343126736572766c65743d676f6a73702670726f635f69643d53686f7748544d4c46696c652670726f63657373466c6f77733d50726f637572652670726f6a65637449643d36373131393030303334312674656d706c617465547970653d57322674656d705f416e6e6f756e3d412674656d705f6974656d4e6f3d30267365714e6f3d31222c226d223a22652d6d61726b6574222c226e223a33392c2270223a223637313139303030333431222c2274223a22e0b980e0b89be0b8a5e0b8b5e0b988e0b8a2e0b899e0b981e0b89be0b8a5e0b887e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b980e0b88ae0b8b7e0b989e0b8ade0b980e0b89ee0b8a5e0b8b4e0b887e0b981e0b8a5e0b8b0e0b8abe0b8a5e0b988e0b8ade0b8a5e0b8b7e0b988e0b8992028e0b899e0b989e0b8b3e0b8a1e0b8b1e0b899e0b894e0b8b5e0b980e0b88be0b8a529222c2279223a225732227d5d2c226465706172746d656e744944223a2236393630353031227d	\N	\\x536dbc1c92dda53c3ada7d2879eafeabfcf3480b8eb713193c7623f0c9ca72fc	\\xae052d70330aff11c69f3d9897b21a8a8e3592e40713758a398f479c113802d6	6302203
74	egp-import/6960501	3	FeedImported	1	1796589155921623	1796589155984724	anan	\\x7b22616e6e6f756e63656d656e7473223a352c226279746573223a343439322c22636f756e744279446179223a352c226465636c61726564456e636f64696e67223a225554462d38222c226465706172746d656e744944223a2236393630353031222c22656e636f64696e67223a2275746638222c2266696c65223a22496d706f7274732f6578616d706c65732f74616b6261692d363936303530312d323032352d30312d31342d757466382e786d6c222c22677a6970223a66616c73652c226974656d7352656164223a352c2272656a6563746564223a302c22736861323536223a2231386262363566333761363465303930303837363232623362313361383137666161653634366439316161303363383836613831663166653132393062373665222c227472756e636174656450616765223a66616c73652c227761726e696e6773223a302c22776974686f75744944223a307d	egp-feed|18bb65f37a64e090087622b3b13a817faae646d91aa03c886a81f1fe1290b76e|6960501	\\xae052d70330aff11c69f3d9897b21a8a8e3592e40713758a398f479c113802d6	\\x8f6eff048f76b1f667e0be0f3556a609afef426f1f7fcbfb353c310afdbd1c2f	6302203
95	egp/67119000333	2	BiddersRecorded	1	1796589156343105	1796589156431931	anan	\\x7b2262696464657273223a5b7b226e616d65223a22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2227d2c7b226e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b899e0b8a3e0b8b2e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b88720e0b888e0b8b3e0b881e0b8b1e0b894227d2c7b226e616d65223a22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b895e0b8b2e0b881e0b983e0b89ae0b89ee0b8b1e0b892e0b899e0b8b2227d5d2c22636f73744e756d626572223a22436f53542d4e52542d323536382d30303037222c2266697363616c59656172223a323536382c2270726f6a6563744944223a223637313139303030333333227d	bidders1|67119000333|67c6f5a4eab2e4eaa05da202bb576f6007f2a77b50289a0bdb6286bf1ab8038e	\\xca14fa858ae17758d95e8ec11b3e4c70ed41316f59acd2acedb9b0fdaa09b82f	\\x81194944f9b1b3b4fe6379143185261e2f1f022d5297cda6be18efab9eb84c46	6302203
75	egp-feed/6960501	4	AnnouncementsPublished	2	1742403600000000	1796589155994712	anan	\\x7b22616e6e6f756e63656d656e7473223a5b7b2264223a22323032352d30332d3230222c226c223a227e7436616265313934382d316262352d353937662d613963642d663539393436343937646664222c226d223a22652d62696464696e67222c226e223a31312c2270223a223638303339303030313031222c2274223a22e0b8a2e0b881e0b980e0b8a5e0b8b4e0b881e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b980e0b88ae0b8b4e0b88de0b88ae0b8a7e0b89920e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b88be0b8b7e0b989e0b8ade0b8a3e0b896e0b89ae0b8a3e0b8a3e0b897e0b8b8e0b881e0b882e0b8a2e0b8b020e0b882e0b899e0b8b2e0b89420e0b99620e0b895e0b8b1e0b89920e0b99620e0b8a5e0b989e0b8ad20e0b981e0b89ae0b89ae0b8ade0b8b1e0b894e0b897e0b989e0b8b2e0b8a220e0b888e0b8b3e0b899e0b8a7e0b89920e0b99120e0b884e0b8b1e0b899222c2279223a224431227d2c7b2264223a22323032352d30332d3230222c226c223a227e7430343135326130392d396233372d353636342d393537372d393431326430303132346337222c226d223a2273656c656374696f6e222c226e223a31382c2270223a223638303139303030303132222c2274223a22e0b8a2e0b881e0b980e0b8a5e0b8b4e0b881e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b984e0b894e0b989e0b8a3e0b8b1e0b89ae0b881e0b8b2e0b8a3e0b884e0b8b1e0b894e0b980e0b8a5e0b8b7e0b8ade0b88120e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b8ade0b8b2e0b884e0b8b2e0b8a3e0b8a8e0b8b9e0b899e0b8a2e0b98ce0b89ee0b8b1e0b892e0b899e0b8b2e0b980e0b894e0b987e0b881e0b980e0b8a5e0b987e0b881e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2279223a225731227d2c7b2264223a22323032352d30332d3230222c226c223a227e7465666430393135622d373636622d353935622d626331362d653431613062306662333633222c226d223a227370656369666963222c226e223a32352c2270223a223637313139303030333535222c2274223a22e0b980e0b89be0b8a5e0b8b5e0b988e0b8a2e0b899e0b981e0b89be0b8a5e0b887e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b8992028e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b8872920e0b888e0b8b3e0b899e0b8a7e0b89920e0b991e0b99520e0b8a3e0b8b2e0b8a2e0b881e0b8b2e0b8a3222c2279223a225732227d2c7b2264223a22323032352d30332d3230222c226c223a227e7432386266643031322d323165632d356363392d386438662d613638356662633762313130222c226d223a2264657369676e2f73656c656374696f6e222c226e223a33322c2270223a223638303339303030313137222c2273223a2236383033393030303131372c20e0b888e0b989e0b8b2e0b887e0b8ade0b8ade0b881e0b981e0b89ae0b89ae0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b884e0b8b1e0b894e0b980e0b8a5e0b8b7e0b8ade0b8812c20e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b980e0b88ae0b8b4e0b88de0b88ae0b8a7e0b899222c2274223a22e0b888e0b989e0b8b2e0b887e0b8ade0b8ade0b881e0b981e0b89ae0b89ae0b8ade0b8b2e0b884e0b8b2e0b8a3e0b895e0b8a5e0b8b2e0b894e0b8aae0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a2028e0b8abe0b8a5e0b8b1e0b887e0b983e0b8abe0b8a1e0b9882920e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b884e0b8b1e0b894e0b980e0b8a5e0b8b7e0b8ade0b881222c2279223a224430227d2c7b2264223a22323032352d30332d3230222c226c223a227e7430303130316263362d636365632d353561632d396330642d383136336566373030336436222c226d223a2270726963652d696e7175697279222c226e223a33392c2270223a223638303339303030313230222c2274223a22e0b8aae0b8ade0b89ae0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b89be0b8a3e0b8b1e0b89ae0b89be0b8a3e0b8b8e0b887e0b8a0e0b8b9e0b8a1e0b8b4e0b897e0b8b1e0b8a8e0b899e0b98ce0b8aae0b8a7e0b899e0b8aae0b8b2e0b898e0b8b2e0b8a3e0b893e0b8b0e0b8a3e0b8b4e0b8a1e0b981e0b8a1e0b988e0b899e0b989e0b8b3e0b895e0b8b2e0b881e0b983e0b89a222c2279223a224430227d5d2c226465706172746d656e744944223a2236393630353031227d	\N	\\x8f6eff048f76b1f667e0be0f3556a609afef426f1f7fcbfb353c310afdbd1c2f	\\xe80ea1fdf3049a7548f4be940302989ee7dec4716df3541e37d2246114ce73d4	6302203
76	egp-import/6960501	4	FeedImported	1	1796589155921623	1796589155994712	anan	\\x7b22616e6e6f756e63656d656e7473223a352c226279746573223a3939302c22636f756e744279446179223a352c226465636c61726564456e636f64696e67223a2277696e646f77732d383734222c226465706172746d656e744944223a2236393630353031222c22656e636f64696e67223a2277696e646f77733837344465636c61726564222c2266696c65223a22496d706f7274732f6578616d706c65732f74616b6261692d363936303530312d323032352d30332d32302e786d6c2e677a222c22677a6970223a747275652c226974656d7352656164223a352c2272656a6563746564223a302c22736861323536223a2237353634336137656537383132626436353439363133643539613564303235353262353966303336373962633232663433363238666464616236376261346363222c227472756e636174656450616765223a66616c73652c227761726e696e6773223a302c22776974686f75744944223a307d	egp-feed|75643a7ee7812bd6549613d59a5d02552b59f03679bc22f43628fddab67ba4cc|6960501	\\xe80ea1fdf3049a7548f4be940302989ee7dec4716df3541e37d2246114ce73d4	\\x10ceba138e6463830649ef4a875af55370adf81b0007816fb588209d836be11b	6302203
77	egp-feed/6960501	5	AnnouncementsPublished	2	1758733200000000	1796589156004966	anan	\\x7b22616e6e6f756e63656d656e7473223a5b7b2264223a22323032352d30392d3235222c226c223a227e7439386635656330632d336232652d353533622d383461612d643362346639306430636236222c226d223a227370656369666963222c226e223a31312c2270223a223638303939303030303031222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b89920e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b220e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7435313932323436652d383661642d353563302d613361632d363033356466386566636233222c226d223a227370656369666963222c226e223a31382c2270223a223638303939303030303032222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b984e0b89fe0b89fe0b989e0b8b2e0b981e0b8a5e0b8b0e0b8a7e0b8b4e0b897e0b8a2e0b8b820e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b88720e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7462636261636135362d366237342d353834302d396339652d373633366362373332363932222c226d223a227370656369666963222c226e223a32352c2270223a223638303939303030303033222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b887e0b8b2e0b899e0b89ae0b989e0b8b2e0b899e0b887e0b8b2e0b899e0b884e0b8a3e0b8b1e0b8a720e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b89420e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7432633435356139352d303834332d356235622d393232342d633737336466303135373933222c226d223a227370656369666963222c226e223a33322c2270223a223638303939303030303034222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b8a3e0b896e0b89ae0b8a3e0b8a3e0b897e0b8b8e0b881e0b882e0b8a2e0b8b020e0b8abe0b8a1e0b8b2e0b8a2e0b980e0b8a5e0b882e0b897e0b8b0e0b980e0b89ae0b8b5e0b8a2e0b89920e0b998e0b9912de0b994e0b995e0b996e0b99720e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa20e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7435303832656334622d643034302d356233612d393562362d333232633531613630646633222c226d223a227370656369666963222c226e223a33392c2270223a223638303939303030303035222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b884e0b8ade0b8a1e0b89ee0b8b4e0b8a7e0b980e0b895e0b8ade0b8a3e0b98c20e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b88720e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7462663532356334622d303839322d353335312d623365332d313362616433633765386338222c226d223a227370656369666963222c226e223a34362c2270223a223638303939303030303036222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b888e0b8b1e0b894e0b897e0b8b3e0b89be0b989e0b8b2e0b8a2e0b89be0b8a3e0b8b0e0b88ae0b8b2e0b8aae0b8b1e0b8a1e0b89ee0b8b1e0b899e0b898e0b98c20e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b8a7e0b8b1e0b899e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a520e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7465333363356161302d623632662d353165662d383539342d666434393435626664663363222c226d223a227370656369666963222c226e223a35332c2270223a223638303939303030303037222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b88720e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b897e0b988e0b8ade0b8a3e0b8b0e0b89ae0b8b2e0b8a2e0b899e0b989e0b8b320e0b88ae0b8b8e0b8a1e0b88ae0b899e0b89ae0b989e0b8b2e0b899e0b980e0b888e0b98ae0b8b0e0b980e0b8ab20e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7463623762356166322d383066352d356437662d393136392d653636616333613137666331222c226d223a227370656369666963222c226e223a36302c2270223a223638303939303030303038222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3e0b8a3e0b896e0b8a2e0b899e0b895e0b98ce0b982e0b894e0b8a2e0b8aae0b8b2e0b8a3e0b89be0b8a3e0b8b1e0b89ae0b8ade0b8b2e0b881e0b8b2e0b8a820e0b888e0b8b3e0b899e0b8a7e0b89920e0b99220e0b884e0b8b1e0b89920e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7436393461303239392d623962662d353063322d393237642d613137633562313666623139222c226d223a227370656369666963222c226e223a36372c2270223a223638303939303030303039222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a7e0b8b4e0b897e0b8a2e0b8b2e0b8a8e0b8b2e0b8aae0b895e0b8a3e0b98ce0b8abe0b8a3e0b8b7e0b8ade0b881e0b8b2e0b8a3e0b981e0b89ee0b897e0b8a2e0b98c20e0b881e0b8ade0b887e0b8aae0b8b2e0b898e0b8b2e0b8a3e0b893e0b8aae0b8b8e0b88220e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7465346632376130362d333331312d356663662d393635652d626563373236373230616661222c226d223a227370656369666963222c226e223a37342c2270223a223638303939303030303130222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b899e0b989e0b8b3e0b894e0b8b7e0b988e0b8a1e0b8aae0b8b3e0b8abe0b8a3e0b8b1e0b89ae0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3e0b89be0b8a3e0b8b0e0b88ae0b8b2e0b88ae0b89920e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7430653162353336322d323566612d356432332d613036362d656635346665653938646166222c226d223a227370656369666963222c226e223a38312c2270223a223638303939303030303131222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b980e0b884e0b8a3e0b8b7e0b988e0b8ade0b887e0b89be0b8a3e0b8b1e0b89ae0b8ade0b8b2e0b881e0b8b2e0b8a820e0b888e0b8b3e0b899e0b8a7e0b89920e0b99620e0b980e0b884e0b8a3e0b8b7e0b988e0b8ade0b88720e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7438653161373162372d383133352d353738302d623362662d666532373966346261353763222c226d223a227370656369666963222c226e223a38382c2270223a223638303939303030303132222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b881e0b8b5e0b8ace0b8b220e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b981e0b882e0b988e0b887e0b882e0b8b1e0b899e0b881e0b8b5e0b8ace0b8b2e0b88ae0b8b8e0b8a1e0b88ae0b89920e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7461386364636432612d623666642d356364392d623764342d313435666130623832636566222c226d223a227370656369666963222c226e223a39352c2270223a223638303939303030303133222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b884e0b8a3e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98ce0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b8992028e0b895e0b8b9e0b989e0b980e0b8abe0b8a5e0b987e0b881e0b980e0b881e0b987e0b89ae0b980e0b8ade0b881e0b8aae0b8b2e0b8a32920e0b888e0b8b3e0b899e0b8a7e0b89920e0b99420e0b895e0b8b9e0b98920e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7438643234653365662d323530372d353863302d393465312d616437346433326135616232222c226d223a227370656369666963222c226e223a3130322c2270223a223638303939303030303134222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b895e0b8b1e0b894e0b8abe0b88de0b989e0b8b2e0b981e0b8a5e0b8b0e0b894e0b8b9e0b981e0b8a5e0b8aae0b8a7e0b899e0b8abe0b8a2e0b988e0b8ade0b8a120e0b8a3e0b8b0e0b8a2e0b8b0e0b980e0b8a7e0b8a5e0b8b220e0b99320e0b980e0b894e0b8b7e0b8ade0b89920e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7466376234306431632d383263612d356261322d393661622d316638396130303130656538222c226d223a227370656369666963222c226e223a3130392c2270223a223638303939303030303135222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b980e0b884e0b8a3e0b8b7e0b988e0b8ade0b887e0b981e0b895e0b988e0b887e0b881e0b8b2e0b8a220e0b8ade0b89be0b89ee0b8a32e20e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7432613336653238662d373932372d353564612d613637392d313932326637613764633962222c226d223a227370656369666963222c226e223a3131362c2270223a223638303939303030303136222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b896e0b899e0b899e0b8a5e0b8b9e0b881e0b8a3e0b8b1e0b88720e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99520e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b220e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7435386365633434662d643563322d353334662d396433362d333061653439356335633732222c226d223a227370656369666963222c226e223a3132332c2270223a223638303939303030303137222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a2e0b8b2e0b899e0b89ee0b8b2e0b8abe0b899e0b8b0e0b981e0b8a5e0b8b0e0b882e0b899e0b8aae0b988e0b8872028e0b8a2e0b8b2e0b887e0b8a3e0b896e0b8a2e0b899e0b895e0b98c2920e0b888e0b8b3e0b899e0b8a7e0b89920e0b99820e0b980e0b8aae0b989e0b89920e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7432656163356532332d646238352d356534302d623863642d396666653233643165633066222c226d223a227370656369666963222c226e223a3133302c2270223a223638303939303030303138222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b888e0b989e0b8b2e0b887e0b89ee0b8b4e0b8a1e0b89ee0b98ce0b980e0b8ade0b881e0b8aae0b8b2e0b8a3e0b8a3e0b8b2e0b8a2e0b887e0b8b2e0b899e0b89be0b8a3e0b8b0e0b888e0b8b3e0b89be0b8b520e0b992e0b995e0b996e0b99820e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7439396333326432362d313137622d353533362d623237612d383034336166623163316434222c226d223a227370656369666963222c226e223a3133372c2270223a223638303939303030303139222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b881e0b8b2e0b8a3e0b980e0b881e0b8a9e0b895e0b8a320e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b884e0b8b1e0b894e0b981e0b8a2e0b881e0b882e0b8a2e0b8b020e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d2c7b2264223a22323032352d30392d3235222c226c223a227e7466303563376166632d313931612d353733322d386338312d626464643065653334666264222c226d223a227370656369666963222c226e223a3134342c2270223a223638303939303030303230222c2274223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b89ce0b8b9e0b989e0b88ae0b899e0b8b0e0b881e0b8b2e0b8a3e0b980e0b8aae0b899e0b8ade0b8a3e0b8b2e0b884e0b8b220e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b8a3e0b8b0e0b89ae0b89ae0b89be0b8a3e0b8b0e0b89be0b8b2e0b8abe0b8a1e0b8b9e0b988e0b89ae0b989e0b8b2e0b89920e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2279223a225730227d5d2c226465706172746d656e744944223a2236393630353031227d	\N	\\x10ceba138e6463830649ef4a875af55370adf81b0007816fb588209d836be11b	\\xd9ba48b8d7cd38665970b9927a59f1b8cb714200dc4b20c5aea018a368885943	6302203
78	egp-import/6960501	5	FeedImported	1	1796589155921623	1796589156004966	anan	\\x7b22616e6e6f756e63656d656e7473223a32302c226279746573223a393238322c22636f756e744279446179223a32372c226465636c61726564456e636f64696e67223a2277696e646f77732d383734222c226465706172746d656e744944223a2236393630353031222c22656e636f64696e67223a2277696e646f77733837344465636c61726564222c2266696c65223a22496d706f7274732f6578616d706c65732f74616b6261692d363936303530312d323032352d30392d32352d70616765312e786d6c222c22677a6970223a66616c73652c226974656d7352656164223a32302c2272656a6563746564223a302c22736861323536223a2235303261303364363435363661313431326265666135353761353731373131346530363863313038313039303738363437623038366261326430363036666531222c227472756e636174656450616765223a747275652c227761726e696e6773223a312c22776974686f75744944223a307d	egp-feed|502a03d64566a1412befa557a5717114e068c108109078647b086ba2d0606fe1|6960501	\\xd9ba48b8d7cd38665970b9927a59f1b8cb714200dc4b20c5aea018a368885943	\\xdaa01c98e7df4103c57259a7d77abd2b4bf9223e4d0eed40a1dcdbd4764c7f7a	6302203
79	egp/67119000333	1	ContractRecorded	1	1737997200000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a22323434383030302e3030222c22636f6e74726163744e756d626572223a2231322f32353638222c2266696e6973686573223a22323032352d30372d3237222c227369676e6564223a22323032352d30312d3238222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2222c2277696e6e65725461784944223a2230393633353530303030313231222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a22323434383030302e3030222c22616e6e6f756e636564223a22323032342d31312d3236222c22627564676574223a22323530303030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22652d62696464696e67222c226d6574686f6447726f7570223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b980e0b88ae0b8b4e0b88de0b88ae0b8a7e0b899e0b897e0b8b1e0b988e0b8a7e0b984e0b89b222c2270726f6a65637454797065223a22e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a22323435363030302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b896e0b899e0b899e0b884e0b8ade0b899e0b881e0b8a3e0b8b5e0b895e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b980e0b8abe0b8a5e0b987e0b88120e0b8aae0b8b2e0b8a2e0b89ae0b989e0b8b2e0b899e0b8a8e0b8b2e0b8a5e0b8b2e0b983e0b8abe0b8a1e0b988202d20e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b220e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99320e0b895e0b8b3e0b89ae0b8a5e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227472616e73616374696f6e44617465223a22323032352d30312d3238227d2c2270726f6a6563744944223a223637313139303030333333222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|67119000333|12/2568|baf1def63f113c74e4f389b0ed3613a2b9c1931263f5e10daf4b958e0465c5ed	\\xdaa01c98e7df4103c57259a7d77abd2b4bf9223e4d0eed40a1dcdbd4764c7f7a	\\xf34db2dc1dd6b219137dbf8db1b1ed46cd8e535b372bb3ccc4dc406ac4eb3976	6302203
80	egp/67119000332	1	ContractRecorded	1	1739120400000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a223731323830302e3030222c22636f6e74726163744e756d626572223a2231352f32353638222c2266696e6973686573223a22323032352d30392d3330222c227369676e6564223a22323032352d30322d3130222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b884e0b8a5e0b8b5e0b899e0b899e0b8b4e0b988e0b88720e0b980e0b88be0b8ade0b8a3e0b98ce0b8a7e0b8b4e0b8aa20e0b888e0b8b3e0b881e0b8b1e0b894222c2277696e6e6572546178494441735772697474656e223a22392e3635353536452b3131222c2277696e6e6572546178494452656164696e67223a22736369656e74696669632d6e6f746174696f6e227d2c2270726f6a656374223a7b226167726565645072696365223a223731323830302e3030222c22616e6e6f756e636564223a22323032342d31312d3236222c22627564676574223a223732303030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22652d62696464696e67222c226d6574686f6447726f7570223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b980e0b88ae0b8b4e0b88de0b88ae0b8a7e0b899e0b897e0b8b1e0b988e0b8a7e0b984e0b89b222c2270726f6a65637454797065223a22e0b888e0b989e0b8b2e0b887e0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a223731353030302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b897e0b8b3e0b884e0b8a7e0b8b2e0b8a1e0b8aae0b8b0e0b8ade0b8b2e0b894e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b899222c227472616e73616374696f6e44617465223a22323032352d30322d3130227d2c2270726f6a6563744944223a223637313139303030333332222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|67119000332|15/2568|020f5cb48033f3eafc8f04f0552f10aa136c452091f49da45d4d9afc9fad44e8	\\xf34db2dc1dd6b219137dbf8db1b1ed46cd8e535b372bb3ccc4dc406ac4eb3976	\\xba5f54341aa967b324ab3d1c813cfe1cc8198d59f3d26184101ad4923c8a5aa3	6302203
81	egp/67119000341	1	ContractRecorded	1	1737306000000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a223934393530302e3030222c22636f6e74726163744e756d626572223a22392f32353638222c2266696e6973686573223a22323032352d30392d3330222c227369676e6564223a22323032352d30312d3230222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b899e0b8a3e0b8b2e0b89be0b8b4e0b982e0b895e0b8a3e0b980e0b8a5e0b8b5e0b8a2e0b8a120e0b888e0b8b3e0b881e0b8b1e0b894222c2277696e6e65725461784944223a2230393635353530303033343234222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a223934393530302e3030222c22616e6e6f756e636564223a22323032342d31312d3236222c22627564676574223a223936303030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22652d6d61726b6574222c226d6574686f6447726f7570223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b980e0b88ae0b8b4e0b88de0b88ae0b8a7e0b899e0b897e0b8b1e0b988e0b8a7e0b984e0b89b222c2270726f6a65637454797065223a22e0b88be0b8b7e0b989e0b8ad222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a223935343030302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b980e0b88ae0b8b7e0b989e0b8ade0b980e0b89ee0b8a5e0b8b4e0b887e0b981e0b8a5e0b8b0e0b8abe0b8a5e0b988e0b8ade0b8a5e0b8b7e0b988e0b8992028e0b899e0b989e0b8b3e0b8a1e0b8b1e0b899e0b894e0b8b5e0b980e0b88be0b8a52920e0b888e0b8b3e0b899e0b8a7e0b89920e0b993e0b9902ce0b990e0b990e0b99020e0b8a5e0b8b4e0b895e0b8a3222c227472616e73616374696f6e44617465223a22323032352d30312d3230227d2c2270726f6a6563744944223a223637313139303030333431222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|67119000341|9/2568|f1fe3124821d91af918bb4b4b5d991a0c3bad8f6af2d5dacf33c90fb6b2b9df6	\\xba5f54341aa967b324ab3d1c813cfe1cc8198d59f3d26184101ad4923c8a5aa3	\\xf102c09bc4724f42324cfade59b52669639bc7276de53650371c17b4c369293b	6302203
96	egp/67119000332	2	BiddersRecorded	1	1796589156343105	1796589156431931	anan	\\x7b2262696464657273223a5b7b226e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b884e0b8a5e0b8b5e0b899e0b899e0b8b4e0b988e0b88720e0b980e0b88be0b8ade0b8a3e0b98ce0b8a7e0b8b4e0b8aa20e0b888e0b8b3e0b881e0b8b1e0b894227d5d2c22636f73744e756d626572223a22436f53542d4e52542d323536382d30303038222c2266697363616c59656172223a323536382c2270726f6a6563744944223a223637313139303030333332227d	bidders1|67119000332|6f2ffe23ac12a2d7349ea081e55285d062f291de775f4382b2e18ae36bc92063	\\x81194944f9b1b3b4fe6379143185261e2f1f022d5297cda6be18efab9eb84c46	\\x257357cdf544d7a2cd5e2c121b4fe60f33af3f06bca6a5c65e303a5dd817afaa	6302203
97	egp-import/contracts	2	ContractsImported	1	1796589156343105	1796589156431931	anan	\\x7b226279746573223a3634392c2266696c65223a22496d706f7274732f6578616d706c65732f74616b6261692d636f73742d626964646572732d323536382e637376222c22696e76616c6964546178494473223a302c227265636f726473223a322c22726f777352656164223a342c22736369656e7469666963546178494473223a302c22736861323536223a2231363963333464653032353539663863656430653263613834373037663134643361633166363237366332323933336462356133343039343939396231643663222c22736f75726365223a22636f73742d626964646572732d637376222c22776974686f7574436f6e7472616374223a307d	egp-contracts|169c34de02559f8ced0e2ca84707f14d3ac1f6276c22933db5a34094999b1d6c|-	\\x257357cdf544d7a2cd5e2c121b4fe60f33af3f06bca6a5c65e303a5dd817afaa	\\x5ce82efdb52c730f4e915746aea29acbf1ac50647df6a2d9519ea5da586b1fd3	6302203
82	egp/67119000355	1	ContractRecorded	1	1733072400000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a2234383735302e3030222c22636f6e74726163744e756d626572223a22e0b983e0b89ae0b8aae0b8b1e0b988e0b887e0b88be0b8b7e0b989e0b8ad2033312f32353638222c2266696e6973686573223a22323032342d31322d3136222c227369676e6564223a22323032342d31322d3032222c22737461747573223a22e0b8aae0b8b4e0b989e0b899e0b8aae0b8b8e0b894e0b8aae0b8b1e0b88de0b88de0b8b2222c2277696e6e65724e616d65223a22e0b8a3e0b989e0b8b2e0b899e0b895e0b8b2e0b881e0b983e0b89ae0b980e0b884e0b8a3e0b8b7e0b988e0b8ade0b887e0b980e0b882e0b8b5e0b8a2e0b899222c2277696e6e65725461784944223a2233393630353030313233343531222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a2234383735302e3030222c22616e6e6f756e636564223a22323032342d31312d3236222c22627564676574223a2235303030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c226d6574686f6447726f7570223a22e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2270726f6a65637454797065223a22e0b88be0b8b7e0b989e0b8ad222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a2234393230302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b8992028e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b8872920e0b888e0b8b3e0b899e0b8a7e0b89920e0b991e0b99520e0b8a3e0b8b2e0b8a2e0b881e0b8b2e0b8a3222c227472616e73616374696f6e44617465223a22323032342d31322d3032227d2c2270726f6a6563744944223a223637313139303030333535222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|67119000355|ใบสั่งซื้อ 31/2568|90354af50796a91eae5ecc52a00b4a5c5716edfa001c21cd187c977929b967e4	\\xf102c09bc4724f42324cfade59b52669639bc7276de53650371c17b4c369293b	\\xd6b65228e52a201ecb001439b16911d9e1ca885466f591f89960ee8262b3b2df	6302203
83	egp/68019000012	1	ContractRecorded	1	1736787600000000	1796589156123032	anan	\\x7b2270726f6a656374223a7b22616e6e6f756e636564223a22323032352d30312d3134222c22627564676574223a22313230303030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a2273656c656374696f6e222c226d6574686f6447726f7570223a22e0b8a7e0b8b4e0b898e0b8b5e0b884e0b8b1e0b894e0b980e0b8a5e0b8b7e0b8ade0b881222c2270726f6a65637454797065223a22e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a22313138353030302e3030222c22737461747573223a22e0b8a2e0b881e0b980e0b8a5e0b8b4e0b881e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3222c227375624465706172746d656e744e616d65223a22e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b2222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b8ade0b8b2e0b884e0b8b2e0b8a3e0b8a8e0b8b9e0b899e0b8a2e0b98ce0b89ee0b8b1e0b892e0b899e0b8b2e0b980e0b894e0b987e0b881e0b980e0b8a5e0b987e0b881e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c227472616e73616374696f6e44617465223a22323032352d30312d3134227d2c2270726f6a6563744944223a223638303139303030303132222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|68019000012|-|9aff5a3421b4d5b3a48d8132d59fb7fc7e5cfc5e8dd9b3c4bc8de2c26fc86cb1	\\xd6b65228e52a201ecb001439b16911d9e1ca885466f591f89960ee8262b3b2df	\\x053a9b8e48de95830bdcc629c66a5587231cdf6ab12b583ea22866547d39f434	6302203
84	egp/68019000015	1	ContractRecorded	1	1738515600000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a2239353030302e3030222c22636f6e74726163744e756d626572223a2231382f32353638222c2266696e6973686573223a22323032352d30362d3330222c227369676e6564223a22323032352d30322d3033222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b8a1e0b8abe0b8b2e0b8a7e0b8b4e0b897e0b8a2e0b8b2e0b8a5e0b8b1e0b8a2e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aae0b8a3e0b8b2e0b88ae0b899e0b884e0b8a3e0b8b4e0b899e0b897e0b8a3e0b98c222c2277696e6e65725461784944223a2230393934303030323132333438222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a2239353030302e3030222c22616e6e6f756e636564223a22323032352d30312d3134222c22627564676574223a223130303030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22636f6e73756c74696e672f7370656369666963222c226d6574686f6447726f7570223a22e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2270726f6a65637454797065223a22e0b888e0b989e0b8b2e0b887e0b897e0b8b5e0b988e0b89be0b8a3e0b8b6e0b881e0b8a9e0b8b2222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a223130303030302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b888e0b989e0b8b2e0b887e0b897e0b8b5e0b988e0b89be0b8a3e0b8b6e0b881e0b8a9e0b8b2e0b8aae0b8b3e0b8a3e0b8a7e0b888e0b884e0b8a7e0b8b2e0b8a1e0b89ee0b8b6e0b887e0b89ee0b8ade0b983e0b888e0b882e0b8ade0b887e0b89ce0b8b9e0b989e0b8a3e0b8b1e0b89ae0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a320e0b89be0b8a3e0b8b0e0b888e0b8b3e0b89be0b8b5e0b887e0b89ae0b89be0b8a3e0b8b0e0b8a1e0b8b2e0b89320e0b992e0b995e0b996e0b998222c227472616e73616374696f6e44617465223a22323032352d30322d3033227d2c2270726f6a6563744944223a223638303139303030303135222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|68019000015|18/2568|18a3440ba6578c98500887df851d56dada97879e51388eb37e6e739ea6c709ec	\\x053a9b8e48de95830bdcc629c66a5587231cdf6ab12b583ea22866547d39f434	\\x091e155067162e9cec0b7a41a3f24f0d49a1a6820a99600977a51c562b94493a	6302203
85	egp/68099000001	1	ContractRecorded	1	1758819600000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a223439383530302e3030222c22636f6e74726163744e756d626572223a223134312f32353638222c2266696e6973686573223a22323032352d31302d3130222c227369676e6564223a22323032352d30392d3236222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894222c2277696e6e65725461784944223a2230393635353630303031323338222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a223439383530302e3030222c22616e6e6f756e636564223a22323032352d30392d3235222c22627564676574223a223439393030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c226d6574686f6447726f7570223a22e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2270726f6a65637454797065223a22e0b88be0b8b7e0b989e0b8ad222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a223439393030302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b2222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b89920e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b2222c227472616e73616374696f6e44617465223a22323032352d30392d3236227d2c2270726f6a6563744944223a223638303939303030303031222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|68099000001|141/2568|d0b638f45c0940bc3f7107d30d9d5a912ef0655c1e21376ab584ba0f3b880170	\\x091e155067162e9cec0b7a41a3f24f0d49a1a6820a99600977a51c562b94493a	\\xfb240260c7978a8884073c806f0e637a394f94286e32dd8dd2f54a0210d01c9c	6302203
86	egp/68099000002	1	ContractRecorded	1	1758819600000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a2234353630302e3030222c22636f6e74726163744e756d626572223a223134322f32353638222c2266696e6973686573223a22323032352d31302d3130222c227369676e6564223a22323032352d30392d3236222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b8a3e0b989e0b8b2e0b899e0b980e0b888e0b98ae0b8b0e0b980e0b8abe0b881e0b8b2e0b8a3e0b984e0b89fe0b89fe0b989e0b8b2222c2277696e6e65725461784944223a2233393630353030323334353632222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a2234353630302e3030222c22616e6e6f756e636564223a22323032352d30392d3235222c22627564676574223a2234363030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c226d6574686f6447726f7570223a22e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2270726f6a65637454797065223a22e0b88be0b8b7e0b989e0b8ad222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a2234363030302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b984e0b89fe0b89fe0b989e0b8b2e0b981e0b8a5e0b8b0e0b8a7e0b8b4e0b897e0b8a2e0b8b820e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c227472616e73616374696f6e44617465223a22323032352d30392d3236227d2c2270726f6a6563744944223a223638303939303030303032222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|68099000002|142/2568|ee3ea3aa8165f955f6b860a64887458252530327b8a38fdbd0536b481ce0298a	\\xfb240260c7978a8884073c806f0e637a394f94286e32dd8dd2f54a0210d01c9c	\\x00b32b785c2111118bf2ee467433cab41c4b4ffe994e5e8534273979cef4ceda	6302203
87	egp/68099000004	1	ContractRecorded	1	1758819600000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a2238363530302e3030222c22636f6e74726163744e756d626572223a223134342f32353638222c2266696e6973686573223a22323032352d31302d3130222c227369676e6564223a22323032352d30392d3236222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b8ade0b8b9e0b988e0b88ae0b988e0b8b2e0b887e0b8abe0b8a1e0b8b1e0b894e0b881e0b8b2e0b8a3e0b88ae0b988e0b8b2e0b887222c2277696e6e65725461784944223a2233393630353030333435363734222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a2238363530302e3030222c22616e6e6f756e636564223a22323032352d30392d3235222c22627564676574223a2238373030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c226d6574686f6447726f7570223a22e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2270726f6a65637454797065223a22e0b888e0b989e0b8b2e0b887222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a2238373030302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b881e0b8ade0b887e0b8aae0b8b2e0b898e0b8b2e0b8a3e0b893e0b8aae0b8b8e0b882e0b981e0b8a5e0b8b0e0b8aae0b8b4e0b988e0b887e0b981e0b8a7e0b894e0b8a5e0b989e0b8ade0b8a1222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b8a3e0b896e0b89ae0b8a3e0b8a3e0b897e0b8b8e0b881e0b882e0b8a2e0b8b020e0b8abe0b8a1e0b8b2e0b8a2e0b980e0b8a5e0b882e0b897e0b8b0e0b980e0b89ae0b8b5e0b8a2e0b89920e0b998e0b9912de0b994e0b995e0b996e0b99720e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227472616e73616374696f6e44617465223a22323032352d30392d3236227d2c2270726f6a6563744944223a223638303939303030303034222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|68099000004|144/2568|10e07ce9c45e49219004078a787d89b9b3670ed4749d6f996d1d5540d3d3b0f4	\\x00b32b785c2111118bf2ee467433cab41c4b4ffe994e5e8534273979cef4ceda	\\x09cd21513f291ddf8662e3a8959b1e0479954c6a0d911e4b72c5538671063780	6302203
88	egp/68099000005	1	ContractRecorded	1	1758819600000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a223439373830302e3030222c22636f6e74726163744e756d626572223a223134352f32353638222c2266696e6973686573223a22323032352d31302d3130222c227369676e6564223a22323032352d30392d3236222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894222c2277696e6e65725461784944223a2230393635353630303031323338222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a223439373830302e3030222c22616e6e6f756e636564223a22323032352d30392d3235222c22627564676574223a223439383030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c226d6574686f6447726f7570223a22e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2270726f6a65637454797065223a22e0b88be0b8b7e0b989e0b8ad222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a223439383030302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b884e0b8ade0b8a1e0b89ee0b8b4e0b8a7e0b980e0b895e0b8ade0b8a3e0b98c20e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c227472616e73616374696f6e44617465223a22323032352d30392d3236227d2c2270726f6a6563744944223a223638303939303030303035222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|68099000005|145/2568|aa9f4e667df2cc5db0d0346f52f05aad4a11ea103fc6cbc3ccaf513adc533190	\\x09cd21513f291ddf8662e3a8959b1e0479954c6a0d911e4b72c5538671063780	\\xe77190f2b38f03b8e499e1d9fd7a0e051f8ac1de51296588477814846cb15d36	6302203
89	egp/68099000007	1	ContractRecorded	1	1758819600000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a223439393930302e3030222c22636f6e74726163744e756d626572223a223134372f32353638222c2266696e6973686573223a22323032352d31302d3130222c227369676e6564223a22323032352d30392d3236222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894222c2277696e6e65725461784944223a2230393635353630303031323338222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a223439393930302e3030222c22616e6e6f756e636564223a22323032352d30392d3235222c22627564676574223a223439393930302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c226d6574686f6447726f7570223a22e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2270726f6a65637454797065223a22e0b88be0b8b7e0b989e0b8ad222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a223439393930302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b88720e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b897e0b988e0b8ade0b8a3e0b8b0e0b89ae0b8b2e0b8a2e0b899e0b989e0b8b320e0b88ae0b8b8e0b8a1e0b88ae0b899e0b89ae0b989e0b8b2e0b899e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227472616e73616374696f6e44617465223a22323032352d30392d3236227d2c2270726f6a6563744944223a223638303939303030303037222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|68099000007|147/2568|b8ccea7525e6d670cde39d29a4e93c3773483171f7c3e78c540824f5afeb6d36	\\xe77190f2b38f03b8e499e1d9fd7a0e051f8ac1de51296588477814846cb15d36	\\xddcf79a625e9fe09e199d8b2b7d9e3c7296a70194da9a6b609e39c9efbae2403	6302203
90	egp/68099000010	1	ContractRecorded	1	1758819600000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a2231323030302e3030222c22636f6e74726163744e756d626572223a223135302f32353638222c2266696e6973686573223a22323032352d31302d3130222c227369676e6564223a22323032352d30392d3236222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b8a3e0b989e0b8b2e0b899e0b899e0b989e0b8b3e0b894e0b8b7e0b988e0b8a1e0b895e0b8b2e0b881e0b983e0b89a222c2277696e6e65725461784944223a2233393630353030343536373836222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a2231323030302e3030222c22616e6e6f756e636564223a22323032352d30392d3235222c22627564676574223a2231323030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c226d6574686f6447726f7570223a22e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2270726f6a65637454797065223a22e0b88be0b8b7e0b989e0b8ad222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a2231323030302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b899e0b989e0b8b3e0b894e0b8b7e0b988e0b8a1e0b8aae0b8b3e0b8abe0b8a3e0b8b1e0b89ae0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3e0b89be0b8a3e0b8b0e0b88ae0b8b2e0b88ae0b899222c227472616e73616374696f6e44617465223a22323032352d30392d3236227d2c2270726f6a6563744944223a223638303939303030303130222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|68099000010|150/2568|2fca12b3f50f82db1091b92b0dba1c64d6f7293d99aa29f0ae31abd441b0bc7d	\\xddcf79a625e9fe09e199d8b2b7d9e3c7296a70194da9a6b609e39c9efbae2403	\\x9a7751ad3940f2614538ad3ee4ce09b32931632c0981914ca7d76874e8d4eaa0	6302203
91	egp/68099000013	1	ContractRecorded	1	1758819600000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a223439363030302e3030222c22636f6e74726163744e756d626572223a223135332f32353638222c2266696e6973686573223a22323032352d31302d3130222c227369676e6564223a22323032352d30392d3236222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894222c2277696e6e65725461784944223a2230393635353630303031323338222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a223439363030302e3030222c22616e6e6f756e636564223a22323032352d30392d3235222c22627564676574223a223439373030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c226d6574686f6447726f7570223a22e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2270726f6a65637454797065223a22e0b88be0b8b7e0b989e0b8ad222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a223439373030302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b884e0b8a3e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98ce0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b8992028e0b895e0b8b9e0b989e0b980e0b8abe0b8a5e0b987e0b881e0b980e0b881e0b987e0b89ae0b980e0b8ade0b881e0b8aae0b8b2e0b8a32920e0b888e0b8b3e0b899e0b8a7e0b89920e0b99420e0b895e0b8b9e0b989222c227472616e73616374696f6e44617465223a22323032352d30392d3236227d2c2270726f6a6563744944223a223638303939303030303133222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|68099000013|153/2568|7d198a2fa9d021bd9fa0923a4e8e611f449fd71430d9d44cd9db969242bb9681	\\x9a7751ad3940f2614538ad3ee4ce09b32931632c0981914ca7d76874e8d4eaa0	\\x6e009383d4ccc4d552d6138020afcb0631f9265a6209b094da9fb4fbd9cbfabd	6302203
92	egp/68099000016	1	ContractRecorded	1	1758819600000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a223438303030302e3030222c22636f6e74726163744e756d626572223a223135362f32353638222c2266696e6973686573223a22323032352d31302d3130222c227369676e6564223a22323032352d30392d3236222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2222c2277696e6e65725461784944223a2230393633353530303030313231222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a223438303030302e3030222c22616e6e6f756e636564223a22323032352d30392d3235222c22627564676574223a223438313030302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c226d6574686f6447726f7570223a22e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2270726f6a65637454797065223a22e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a223438313030302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b896e0b899e0b899e0b8a5e0b8b9e0b881e0b8a3e0b8b1e0b88720e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99520e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b2222c227472616e73616374696f6e44617465223a22323032352d30392d3236227d2c2270726f6a6563744944223a223638303939303030303136222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|68099000016|156/2568|63fc38405c76a3cf8337b184a1ca7a5fab55ee1345d974888f55c0c558aa245c	\\x6e009383d4ccc4d552d6138020afcb0631f9265a6209b094da9fb4fbd9cbfabd	\\x69cf4b3073399797c2c004b7e52cd190ff62cfe7d73a59d72343866856ecce91	6302203
93	egp/68099000017	1	ContractRecorded	1	1758819600000000	1796589156123032	anan	\\x7b22636f6e7472616374223a7b22616d6f756e74223a223439393230302e3030222c22636f6e74726163744e756d626572223a223135372f32353638222c2266696e6973686573223a22323032352d31302d3130222c227369676e6564223a22323032352d30392d3236222c22737461747573223a22e0b8ade0b8a2e0b8b9e0b988e0b8a3e0b8b0e0b8abe0b8a7e0b988e0b8b2e0b887e0b894e0b8b3e0b980e0b899e0b8b4e0b899e0b881e0b8b2e0b8a3222c2277696e6e65724e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894222c2277696e6e65725461784944223a2230393635353630303031323338222c2277696e6e6572546178494452656164696e67223a2276616c6964227d2c2270726f6a656374223a7b226167726565645072696365223a223439393230302e3030222c22616e6e6f756e636564223a22323032352d30392d3235222c22627564676574223a223439393530302e3030222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c226d6574686f6447726f7570223a22e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887222c2270726f6a65637454797065223a22e0b88be0b8b7e0b989e0b8ad222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c227265666572656e63655072696365223a223439393530302e3030222c22737461747573223a22e0b888e0b8b1e0b894e0b897e0b8b3e0b8aae0b8b1e0b88de0b88de0b8b22f504f20e0b981e0b8a5e0b989e0b8a7222c227375624465706172746d656e744e616d65223a22e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c227375626469737472696374223a22e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a2e0b8b2e0b899e0b89ee0b8b2e0b8abe0b899e0b8b0e0b981e0b8a5e0b8b0e0b882e0b899e0b8aae0b988e0b8872028e0b8a2e0b8b2e0b887e0b8a3e0b896e0b8a2e0b899e0b895e0b98c2920e0b888e0b8b3e0b899e0b8a7e0b89920e0b99820e0b980e0b8aae0b989e0b899222c227472616e73616374696f6e44617465223a22323032352d30392d3236227d2c2270726f6a6563744944223a223638303939303030303137222c22736f75726365223a22646174612e676f2e74682d637376227d	contract1|68099000017|157/2568|4cf47adde7f1f86bbc38793cfe1eb54809bf22ff5b6cf8453c4e035e7e5a7383	\\x69cf4b3073399797c2c004b7e52cd190ff62cfe7d73a59d72343866856ecce91	\\xe3c9178d31e68874e6828c6ff7b65e90b786e9cccbdd22e140ee4d425fb1b108	6302203
98	gift-policy/2568	1	NoGiftPolicyDeclared	1	1727715600000000	1796589156706758	anan	\\x7b226465636c617265644279223a226d61796f72222c226465636c617265644f6e223a22323032342d31302d3031222c2265766964656e6365223a5b22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a20e0b8a5e0b887e0b8a7e0b8b1e0b899e0b897e0b8b5e0b988203120e0b895e0b8b8e0b8a5e0b8b2e0b884e0b8a12032353637222c2268747470733a2f2f7777772e74616b626169636974792e676f2e74682f6e6577732f6e6f2d676966742d706f6c6963792d32353638225d2c2266697363616c59656172223a323536382c227469746c65223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b980e0b888e0b895e0b899e0b8b2e0b8a3e0b8a1e0b893e0b98c20e0b899e0b982e0b8a2e0b89ae0b8b2e0b8a2e0b984e0b8a1e0b988e0b8a3e0b8b1e0b89ae0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b981e0b8a5e0b8b0e0b882e0b8ade0b887e0b881e0b8b3e0b899e0b8b1e0b8a5e0b897e0b8b8e0b881e0b88ae0b899e0b8b4e0b894e0b888e0b8b2e0b881e0b881e0b8b2e0b8a3e0b89be0b88fe0b8b4e0b89ae0b8b1e0b895e0b8b4e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b98820284e6f204769667420506f6c69637929227d	\N	\\x5ce82efdb52c730f4e915746aea29acbf1ac50647df6a2d9519ea5da586b1fd3	\\xc55eb5cb687b925314091aca290074314447e486f73dc82de76714751bcd8394	6302203
99	gift-culture/2568	1	NoGiftActivityRecorded	1	1731603600000000	1796589156706758	anan	\\x7b2265766964656e6365223a5b22e0b8a3e0b8b2e0b8a2e0b887e0b8b2e0b899e0b881e0b8b2e0b8a3e0b89be0b8a3e0b8b0e0b88ae0b8b8e0b8a120e0b884e0b8a3e0b8b1e0b989e0b887e0b897e0b8b5e0b9882031312f32353637225d2c2266697363616c59656172223a323536382c2268656c644f6e223a22323032342d31312d3135222c227061727469636970616e7473223a35322c227469746c65223a22e0b89be0b8a3e0b8b0e0b88ae0b8b8e0b8a1e0b88ae0b8b5e0b989e0b981e0b888e0b887e0b981e0b899e0b8a7e0b897e0b8b2e0b887204e6f204769667420506f6c69637920e0b981e0b881e0b988e0b89ce0b8b9e0b989e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b981e0b8a5e0b8b0e0b89ee0b899e0b8b1e0b881e0b887e0b8b2e0b899227d	\N	\\xc55eb5cb687b925314091aca290074314447e486f73dc82de76714751bcd8394	\\x54c4764ff1ca977a955f1d2c33de5ac9be65ff93cd44ce7e3a2164fbaf1f5117	6302203
100	gift-culture/2568	2	NoGiftActivityRecorded	1	1733677200000000	1796589156706758	anan	\\x7b2265766964656e6365223a5b5d2c2266697363616c59656172223a323536382c2268656c644f6e223a22323032342d31322d3039222c227061727469636970616e7473223a38302c227469746c65223a22e0b881e0b8b4e0b888e0b881e0b8a3e0b8a3e0b8a1e0b8a7e0b8b1e0b899e0b895e0b988e0b8ade0b895e0b989e0b8b2e0b899e0b884e0b8ade0b8a3e0b98ce0b8a3e0b8b1e0b89be0b88ae0b8b1e0b899e0b8aae0b8b2e0b881e0b8a5205c22e0b984e0b8a1e0b988e0b8a3e0b8b1e0b89a20e0b984e0b8a1e0b988e0b983e0b8abe0b9895c22227d	\N	\\x54c4764ff1ca977a955f1d2c33de5ac9be65ff93cd44ce7e3a2164fbaf1f5117	\\x6d3e916c1f29f4b4748425011e6a3d006c54d1852911fac0ac0d2eabf40c9907	6302203
101	gift-rules/agency	1	GiftRulesAdopted	1	1796589156656850	1796589156706758	anan	\\x7b2272756c6573223a7b22676976656e4769667473223a7b227075626c69634d6f6e65794c696d6974223a22302e3030222c227075626c69634d6f6e6579536f75726365223a22e0b8a3e0b8b0e0b980e0b89ae0b8b5e0b8a2e0b89ae0b8aae0b8b3e0b899e0b8b1e0b881e0b899e0b8b2e0b8a2e0b881e0b8a3e0b8b1e0b890e0b8a1e0b899e0b895e0b8a3e0b8b5e0b8a7e0b988e0b8b2e0b894e0b989e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b8abe0b8a3e0b8b7e0b8ade0b8a3e0b8b1e0b89ae0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b882e0b8ade0b887e0b980e0b888e0b989e0b8b2e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b988e0b882e0b8ade0b887e0b8a3e0b8b1e0b89020e0b89e2ee0b8a82e20323536353a20e0b8abe0b989e0b8b2e0b8a1e0b983e0b88ae0b989e0b980e0b887e0b8b4e0b899e0b8abe0b8a3e0b8b7e0b8ade0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b882e0b8ade0b887e0b897e0b8b2e0b887e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a32028e0b980e0b887e0b8b4e0b899e0b887e0b89ae0b89be0b8a3e0b8b0e0b8a1e0b8b2e0b8932920e0b88be0b8b7e0b989e0b8ade0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b983e0b8abe0b989e0b89ce0b8b9e0b989e0b89ae0b8b1e0b887e0b884e0b8b1e0b89ae0b89ae0b8b1e0b88de0b88ae0b8b2e0b8abe0b8a3e0b8b7e0b8ade0b89ae0b8b8e0b884e0b884e0b8a5e0b8ade0b8b7e0b988e0b899222c227375706572696f724c696d6974223a22333030302e3030222c227375706572696f72536f75726365223a22e0b8a3e0b8b0e0b980e0b89ae0b8b5e0b8a2e0b89ae0b8aae0b8b3e0b899e0b8b1e0b881e0b899e0b8b2e0b8a2e0b881e0b8a3e0b8b1e0b890e0b8a1e0b899e0b895e0b8a3e0b8b5e0b8a7e0b988e0b8b2e0b894e0b989e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b8abe0b8a3e0b8b7e0b8ade0b8a3e0b8b1e0b89ae0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b882e0b8ade0b887e0b980e0b888e0b989e0b8b2e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b988e0b882e0b8ade0b887e0b8a3e0b8b1e0b89020e0b89e2ee0b8a82e20323536353a20e0b984e0b8a1e0b988e0b884e0b8a7e0b8a3e0b983e0b8abe0b989e0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b981e0b881e0b988e0b89ce0b8b9e0b989e0b89ae0b8b1e0b887e0b884e0b8b1e0b89ae0b89ae0b8b1e0b88de0b88ae0b8b2e0b8abe0b8a3e0b8b7e0b8ade0b89ae0b8b8e0b884e0b884e0b8a5e0b983e0b899e0b884e0b8a3e0b8ade0b89ae0b884e0b8a3e0b8b1e0b8a7e0b882e0b8ade0b887e0b89ce0b8b9e0b989e0b89ae0b8b1e0b887e0b884e0b8b1e0b89ae0b89ae0b8b1e0b88de0b88ae0b8b220e0b899e0b8ade0b881e0b888e0b8b2e0b881e0b895e0b8b2e0b8a1e0b89be0b881e0b895e0b8b4e0b89be0b8a3e0b8b0e0b980e0b89ee0b893e0b8b5e0b899e0b8b4e0b8a2e0b8a120e0b981e0b8a5e0b8b0e0b8a1e0b8b9e0b8a5e0b884e0b988e0b8b2e0b984e0b8a1e0b988e0b980e0b881e0b8b4e0b899e0b897e0b8b5e0b98820e0b89b2ee0b89b2ee0b88a2e20e0b881e0b8b3e0b8abe0b899e0b8942028332c30303020e0b89ae0b8b2e0b89729227d2c22686561644f664167656e6379223a7b22736f75726365223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a820e0b89b2ee0b89b2ee0b88a2e20e0b980e0b8a3e0b8b7e0b988e0b8ade0b88720e0b8abe0b8a5e0b8b1e0b881e0b980e0b881e0b893e0b891e0b98ce0b881e0b8b2e0b8a3e0b8a3e0b8b1e0b89ae0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b8abe0b8a3e0b8b7e0b8ade0b89be0b8a3e0b8b0e0b982e0b8a2e0b88ae0b899e0b98ce0b8ade0b8b7e0b988e0b899e0b983e0b894e0b982e0b894e0b8a2e0b898e0b8a3e0b8a3e0b8a1e0b888e0b8a3e0b8a3e0b8a2e0b8b22028e0b89ce0b8b9e0b989e0b894e0b8b3e0b8a3e0b887e0b895e0b8b3e0b981e0b8abe0b899e0b988e0b887e0b8abe0b8b1e0b8a7e0b8abe0b899e0b989e0b8b2e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b899e0b981e0b888e0b989e0b887e0b895e0b988e0b8ade0b89ce0b8b9e0b989e0b8a1e0b8b5e0b8ade0b8b3e0b899e0b8b2e0b888e0b881e0b8b3e0b881e0b8b1e0b89ae0b894e0b8b9e0b981e0b8a52920e0b981e0b8a5e0b8b0e0b8ade0b8b3e0b899e0b8b2e0b888e0b881e0b8b3e0b881e0b8b1e0b89ae0b894e0b8b9e0b981e0b8a5e0b8ade0b887e0b884e0b98ce0b881e0b8a3e0b89be0b881e0b884e0b8a3e0b8ade0b887e0b8aae0b988e0b8a7e0b899e0b897e0b989e0b8ade0b887e0b896e0b8b4e0b988e0b899e0b882e0b8ade0b887e0b899e0b8b2e0b8a2e0b8ade0b8b3e0b980e0b8a0e0b8ade0b981e0b8a5e0b8b0e0b89ce0b8b9e0b989e0b8a7e0b988e0b8b2e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894222c227479706573223a5b7b2268656164506f736974696f6e73223a5b22e0b899e0b8b2e0b8a2e0b881e0b980e0b897e0b8a8e0b8a1e0b899e0b895e0b8a3e0b8b5e0b895e0b8b3e0b89ae0b8a5225d2c226e657874417574686f72697479223a22e0b899e0b8b2e0b8a2e0b8ade0b8b3e0b980e0b8a0e0b8ad222c2274797065223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b895e0b8b3e0b89ae0b8a5227d2c7b2268656164506f736974696f6e73223a5b22e0b899e0b8b2e0b8a2e0b881e0b8ade0b887e0b884e0b98ce0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b8aae0b988e0b8a7e0b899e0b895e0b8b3e0b89ae0b8a5222c22e0b899e0b8b2e0b8a2e0b88120e0b8ade0b89ae0b8952e225d2c226e657874417574686f72697479223a22e0b899e0b8b2e0b8a2e0b8ade0b8b3e0b980e0b8a0e0b8ad222c2274797065223a22e0b8ade0b887e0b884e0b98ce0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b8aae0b988e0b8a7e0b899e0b895e0b8b3e0b89ae0b8a5227d2c7b2268656164506f736974696f6e73223a5b22e0b899e0b8b2e0b8a2e0b881e0b980e0b897e0b8a8e0b8a1e0b899e0b895e0b8a3e0b8b5e0b980e0b8a1e0b8b7e0b8ade0b887225d2c226e657874417574686f72697479223a22e0b89ce0b8b9e0b989e0b8a7e0b988e0b8b2e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894222c2274797065223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887227d2c7b2268656164506f736974696f6e73223a5b22e0b899e0b8b2e0b8a2e0b881e0b980e0b897e0b8a8e0b8a1e0b899e0b895e0b8a3e0b8b5e0b899e0b884e0b8a3225d2c226e657874417574686f72697479223a22e0b89ce0b8b9e0b989e0b8a7e0b988e0b8b2e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894222c2274797065223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b899e0b884e0b8a3227d2c7b2268656164506f736974696f6e73223a5b22e0b899e0b8b2e0b8a2e0b881e0b8ade0b887e0b884e0b98ce0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b8aae0b988e0b8a7e0b899e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894222c22e0b899e0b8b2e0b8a2e0b88120e0b8ade0b89ae0b8882e225d2c226e657874417574686f72697479223a22e0b89ce0b8b9e0b989e0b8a7e0b988e0b8b2e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894222c2274797065223a22e0b8ade0b887e0b884e0b98ce0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b8aae0b988e0b8a7e0b899e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894227d5d7d2c226e6f47696674506f6c696379223a7b227061727469657357697468427573696e657373223a747275652c22736f75726365223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b980e0b888e0b895e0b899e0b8b2e0b8a3e0b8a1e0b893e0b98c204e6f204769667420506f6c69637920e0b882e0b8ade0b887e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b89920284f4954204f33312920e0b981e0b8a5e0b8b0e0b8a3e0b8b0e0b980e0b89ae0b8b5e0b8a2e0b89ae0b8aae0b8b3e0b899e0b8b1e0b881e0b899e0b8b2e0b8a2e0b881e0b8a3e0b8b1e0b890e0b8a1e0b899e0b895e0b8a3e0b8b5e0b8a7e0b988e0b8b2e0b894e0b989e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b8abe0b8a3e0b8b7e0b8ade0b8a3e0b8b1e0b89ae0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b882e0b8ade0b887e0b980e0b888e0b989e0b8b2e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b988e0b882e0b8ade0b887e0b8a3e0b8b1e0b89020e0b89e2ee0b8a82e20323536352028e0b8abe0b989e0b8b2e0b8a1e0b8a3e0b8b1e0b89ae0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b888e0b8b2e0b881e0b89ce0b8b9e0b989e0b88be0b8b6e0b988e0b887e0b8a1e0b8b5e0b8aae0b988e0b8a7e0b899e0b984e0b894e0b989e0b980e0b8aae0b8b5e0b8a2e0b881e0b8b1e0b89ae0b881e0b8b2e0b8a3e0b89be0b88fe0b8b4e0b89ae0b8b1e0b895e0b8b4e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b98829227d2c2272656c617469766573223a5b7b22636f6465223a2273706f757365222c226c696d6974223a223130303030302e3030222c226e616d65223a22e0b884e0b8b9e0b988e0b8aae0b8a1e0b8a3e0b8aa227d2c7b22636f6465223a22706172746e6572222c226c696d6974223a223130303030302e3030222c226e616d65223a22e0b89ce0b8b9e0b989e0b8ade0b8a2e0b8b9e0b988e0b881e0b8b4e0b899e0b889e0b8b1e0b899e0b8aae0b8b2e0b8a1e0b8b5e0b8a0e0b8a3e0b8b4e0b8a2e0b8b2227d2c7b22636f6465223a22617363656e64616e74222c226c696d6974223a223130303030302e3030222c226e616d65223a22e0b89ce0b8b9e0b989e0b89ae0b8b8e0b89ee0b881e0b8b2e0b8a3e0b8b52028e0b89ae0b8b4e0b894e0b8b220e0b8a1e0b8b2e0b8a3e0b894e0b8b220e0b89be0b8b9e0b98820e0b8a2e0b988e0b8b220e0b895e0b8b220e0b8a2e0b8b2e0b8a229227d2c7b22636f6465223a2264657363656e64616e74222c226c696d6974223a223130303030302e3030222c226e616d65223a22e0b89ce0b8b9e0b989e0b8aae0b8b7e0b89ae0b8aae0b8b1e0b899e0b894e0b8b2e0b8992028e0b89ae0b8b8e0b895e0b8a320e0b8abe0b8a5e0b8b2e0b89929227d2c7b22636f6465223a227369626c696e67222c226c696d6974223a2233303030302e3030222c226e616d65223a22e0b89ee0b8b5e0b988e0b899e0b989e0b8ade0b887e0b8a3e0b988e0b8a7e0b8a1e0b89ae0b8b4e0b894e0b8b2e0b8a1e0b8b2e0b8a3e0b894e0b8b2e0b8abe0b8a3e0b8b7e0b8ade0b8a3e0b988e0b8a7e0b8a1e0b89ae0b8b4e0b894e0b8b2e0b8abe0b8a3e0b8b7e0b8ade0b8a1e0b8b2e0b8a3e0b894e0b8b2e0b980e0b894e0b8b5e0b8a2e0b8a7e0b881e0b8b1e0b899227d2c7b22636f6465223a22756e636c652d61756e74222c226c696d6974223a2231303030302e3030222c226e616d65223a22e0b8a5e0b8b8e0b88720e0b89be0b989e0b8b220e0b899e0b989e0b8b220e0b8ade0b8b2227d2c7b22636f6465223a2273706f7573652d617363656e64616e74222c226c696d6974223a2233303030302e3030222c226e616d65223a22e0b89ce0b8b9e0b989e0b89ae0b8b8e0b89ee0b881e0b8b2e0b8a3e0b8b5e0b882e0b8ade0b887e0b884e0b8b9e0b988e0b8aae0b8a1e0b8a3e0b8aa227d2c7b22636f6465223a2273706f7573652d64657363656e64616e74222c226c696d6974223a2233303030302e3030222c226e616d65223a22e0b89ce0b8b9e0b989e0b8aae0b8b7e0b89ae0b8aae0b8b1e0b899e0b894e0b8b2e0b899e0b882e0b8ade0b887e0b884e0b8b9e0b988e0b8aae0b8a1e0b8a3e0b8aa227d2c7b22636f6465223a2261646f707465642d6368696c64222c226c696d6974223a223130303030302e3030222c226e616d65223a22e0b89ae0b8b8e0b895e0b8a3e0b89ae0b8b8e0b88de0b898e0b8a3e0b8a3e0b8a1227d2c7b22636f6465223a2261646f70746976652d706172656e74222c226c696d6974223a223130303030302e3030222c226e616d65223a22e0b89ce0b8b9e0b989e0b8a3e0b8b1e0b89ae0b89ae0b8b8e0b895e0b8a3e0b89ae0b8b8e0b88de0b898e0b8a3e0b8a3e0b8a1227d5d2c227265706f727457697468696e44617973223a33302c22736f75726365223a22e0b89e2ee0b8a32ee0b89b2e20e0b8a7e0b988e0b8b2e0b894e0b989e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b89be0b989e0b8ade0b887e0b881e0b8b1e0b899e0b981e0b8a5e0b8b0e0b89be0b8a3e0b8b2e0b89ae0b89be0b8a3e0b8b2e0b8a1e0b881e0b8b2e0b8a3e0b897e0b8b8e0b888e0b8a3e0b8b4e0b89520e0b89e2ee0b8a82e203235363120e0b8a1e0b8b2e0b895e0b8a3e0b8b22031323820e0b981e0b8a5e0b8b0e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a820e0b89b2ee0b89b2ee0b88a2e20e0b980e0b8a3e0b8b7e0b988e0b8ade0b88720e0b8abe0b8a5e0b8b1e0b881e0b980e0b881e0b893e0b891e0b98ce0b881e0b8b2e0b8a3e0b8a3e0b8b1e0b89ae0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b8abe0b8a3e0b8b7e0b8ade0b89be0b8a3e0b8b0e0b982e0b8a2e0b88ae0b899e0b98ce0b8ade0b8b7e0b988e0b899e0b983e0b894e0b982e0b894e0b8a2e0b898e0b8a3e0b8a3e0b8a1e0b888e0b8a3e0b8a3e0b8a2e0b8b2222c227468726573686f6c64223a22333030302e3030222c2276657273696f6e223a327d7d	\N	\\x6d3e916c1f29f4b4748425011e6a3d006c54d1852911fac0ac0d2eabf40c9907	\\xd5f4c505ae0f4e4fe74ef031733ea66d7943265facf8d091e4108b7d2bc8c086	6302203
102	gift/G-2568-001	1	GiftLogged	1	1735750800000000	1796589156706758	anan	\\x7b22636f756e7465727061727479223a7b226e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894222c227461784944223a2230393635353630303031323338227d2c22636f756e74657270617274794b696e64223a226669726d222c2264617465223a22323032352d30312d3032222c226465616c73576974684167656e6379223a747275652c226465706172746d656e74223a2246494e222c226465736372697074696f6e223a22e0b881e0b8a3e0b8b0e0b980e0b88ae0b989e0b8b2e0b89ce0b8a5e0b984e0b8a1e0b989222c22646972656374696f6e223a227265636569766564222c22656e7472794944223a22472d323536382d303031222c22676976656e546f50656f706c6547656e6572616c6c79223a66616c73652c226f63636173696f6e223a22e0b89be0b8b5e0b983e0b8abe0b8a1e0b9882032353638222c22706572736f6e223a226b69747469706f6e67222c2272756c657356657273696f6e223a322c2276616c7565223a22313530302e3030227d	\N	\\xd5f4c505ae0f4e4fe74ef031733ea66d7943265facf8d091e4108b7d2bc8c086	\\x96765b3c299f8c5477194462fd2ec7bec6b65935ed139d65cd6819f008a4d75c	6302203
103	gift/G-2568-001	2	GiftReportedToHead	1	1737306000000000	1796589156706758	anan	\\x7b22656e7472794944223a22472d323536382d303031222c227265706f727465644f6e223a22323032352d30312d3230227d	\N	\\x96765b3c299f8c5477194462fd2ec7bec6b65935ed139d65cd6819f008a4d75c	\\xcfd4aba860f42032f3e536fe9d2b28131ed5e39153cdff7d661c9d32aa276db2	6302203
104	gift/G-2568-001	3	GiftDecisionRecorded	1	1737651600000000	1796589156706758	anan	\\x7b22646563696465644279223a226d61796f72222c22646563696465644f6e223a22323032352d30312d3234222c226465636973696f6e223a2272657475726e222c22656e7472794944223a22472d323536382d303031227d	\N	\\xcfd4aba860f42032f3e536fe9d2b28131ed5e39153cdff7d661c9d32aa276db2	\\x65aef9d47a23bbc69b20e2e0a1901d4e0b73101b646c3ab8fb651112c33ce3ca	6302203
105	gift/G-2568-002	1	GiftLogged	1	1736096400000000	1796589156706758	anan	\\x7b22636f756e7465727061727479223a7b226e616d65223a22e0b89ae0b888e0b8812e20e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c227d2c22636f756e74657270617274794b696e64223a226669726d222c2264617465223a22323032352d30312d3036222c226465616c73576974684167656e6379223a747275652c226465706172746d656e74223a2246494e222c226465736372697074696f6e223a22e0b88ae0b8b8e0b894e0b980e0b884e0b8a3e0b8b7e0b988e0b8ade0b887e0b894e0b8b7e0b988e0b8a1e0b8aae0b8a1e0b8b8e0b899e0b984e0b89ee0b8a3222c22646972656374696f6e223a227265636569766564222c22656e7472794944223a22472d323536382d303032222c22676976656e546f50656f706c6547656e6572616c6c79223a66616c73652c226f63636173696f6e223a22e0b89be0b8b5e0b983e0b8abe0b8a1e0b98820e0b992e0b995e0b996e0b998222c22706572736f6e223a226b69747469706f6e67222c2272756c657356657273696f6e223a322c2276616c7565223a22323030302e3030227d	\N	\\x65aef9d47a23bbc69b20e2e0a1901d4e0b73101b646c3ab8fb651112c33ce3ca	\\x1f5cf0e97233e14ad2474f3e01ad7a6eefded778b0913d7d0da36d3ae7514438	6302203
106	gift/G-2568-002	2	GiftReportedToHead	1	1737306000000000	1796589156706758	anan	\\x7b22656e7472794944223a22472d323536382d303032222c227265706f727465644f6e223a22323032352d30312d3230227d	\N	\\x1f5cf0e97233e14ad2474f3e01ad7a6eefded778b0913d7d0da36d3ae7514438	\\xdfe23c73fa8d4bfe7ddeaa89ce6ce1fb0b835dbe1d09d7b894fcda8e059e3679	6302203
107	gift/G-2568-002	3	GiftDecisionRecorded	1	1737651600000000	1796589156706758	anan	\\x7b22646563696465644279223a226d61796f72222c22646563696465644f6e223a22323032352d30312d3234222c226465636973696f6e223a2272657475726e222c22656e7472794944223a22472d323536382d303032227d	\N	\\xdfe23c73fa8d4bfe7ddeaa89ce6ce1fb0b835dbe1d09d7b894fcda8e059e3679	\\xbfbe2d6a0dddf6110b8ef36d429ff026ddcf8eea8f65d2070928d1eac29cea03	6302203
108	gift/G-2568-003	1	GiftLogged	1	1739293200000000	1796589156706758	anan	\\x7b22636f756e7465727061727479223a7b226e616d65223a22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2222c227461784944223a2230393633353530303030313231227d2c22636f756e74657270617274794b696e64223a226669726d222c2264617465223a22323032352d30322d3132222c226465616c73576974684167656e6379223a747275652c226465706172746d656e74223a22454e47222c226465736372697074696f6e223a22e0b899e0b8b2e0b8ace0b8b4e0b881e0b8b2e0b882e0b989e0b8ade0b8a1e0b8b7e0b8ad222c22646972656374696f6e223a227265636569766564222c22656e7472794944223a22472d323536382d303033222c22676976656e546f50656f706c6547656e6572616c6c79223a66616c73652c226f63636173696f6e223a22e0b8a7e0b8b1e0b899e0b980e0b881e0b8b4e0b894222c22706572736f6e223a227375726163686169222c2272756c657356657273696f6e223a322c2276616c7565223a22383530302e3030227d	\N	\\xbfbe2d6a0dddf6110b8ef36d429ff026ddcf8eea8f65d2070928d1eac29cea03	\\x727cbb98bbe38f5c8b927e878b1fe5013ad1feaf7c25b489f8cb9ca023aa9fe3	6302203
109	gift/G-2568-004	1	GiftLogged	1	1741366800000000	1796589156706758	anan	\\x7b22636f756e7465727061727479223a7b226e616d65223a22e0b899e0b8b2e0b887e0b8aae0b8b2e0b8a7e0b8ade0b8b2e0b8a3e0b8b5e0b8a2e0b98c20e0b89ae0b8b8e0b88de0b8a1e0b8b2227d2c22636f756e74657270617274794b696e64223a22706572736f6e222c2264617465223a22323032352d30332d3038222c226465616c73576974684167656e6379223a66616c73652c226465706172746d656e74223a224845414c5448222c226465736372697074696f6e223a22e0b8aae0b8a3e0b989e0b8ade0b8a2e0b884e0b8ade0b897e0b8ade0b887e0b884e0b8b3222c22646972656374696f6e223a227265636569766564222c22656e7472794944223a22472d323536382d303034222c22676976656e546f50656f706c6547656e6572616c6c79223a66616c73652c226f63636173696f6e223a22e0b887e0b8b2e0b899e0b8a1e0b887e0b884e0b8a5e0b8aae0b8a1e0b8a3e0b8aa222c22706572736f6e223a2277616e696461222c2272656c6174697665223a227369626c696e67222c2272756c657356657273696f6e223a322c2276616c7565223a2231323030302e3030227d	\N	\\x727cbb98bbe38f5c8b927e878b1fe5013ad1feaf7c25b489f8cb9ca023aa9fe3	\\x42489ba36f4687e26548990eab6a2435cb4333c15ca465bf625e961ee2f1cdb3	6302203
110	gift/G-2568-005	1	GiftLogged	1	1742490000000000	1796589156706758	anan	\\x7b22636f756e7465727061727479223a7b226e616d65223a22e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b89920e0b89b2ee0b89b2ee0b88a2e20e0b89be0b8a3e0b8b0e0b888e0b8b3e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa227d2c22636f756e74657270617274794b696e64223a22706572736f6e222c2264617465223a22323032352d30332d3231222c226465616c73576974684167656e6379223a66616c73652c226465706172746d656e74223a22434c45524b222c226465736372697074696f6e223a22e0b881e0b8a3e0b8b0e0b980e0b89be0b98be0b8b2e0b89ce0b989e0b8b2e0b897e0b8b5e0b988e0b8a3e0b8b0e0b8a5e0b8b6e0b881222c22646972656374696f6e223a227265636569766564222c22656e7472794944223a22472d323536382d303035222c22676976656e546f50656f706c6547656e6572616c6c79223a747275652c226f63636173696f6e223a22e0b8aae0b8b1e0b8a1e0b8a1e0b899e0b8b2e0b980e0b884e0b8a3e0b8b7e0b8ade0b882e0b988e0b8b2e0b8a2e0b895e0b988e0b8ade0b895e0b989e0b8b2e0b899e0b881e0b8b2e0b8a3e0b897e0b8b8e0b888e0b8a3e0b8b4e0b895222c22706572736f6e223a22736f6d706f6e67222c2272756c657356657273696f6e223a322c2276616c7565223a223235302e3030227d	\N	\\x42489ba36f4687e26548990eab6a2435cb4333c15ca465bf625e961ee2f1cdb3	\\xa5c3905406de5df3e7e9257ef9d0e4af5d26e4c4b1f637949cd869ec849603f7	6302203
111	gift/G-2568-006	1	GiftLogged	1	1738083600000000	1796589156706758	anan	\\x7b22636f756e7465727061727479223a7b226e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b899e0b8a3e0b8b2e0b884e0b8ade0b8a1e0b89ee0b8b4e0b8a7e0b980e0b895e0b8ade0b8a3e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894222c227461784944223a2230393635353330303030343534227d2c22636f756e74657270617274794b696e64223a226669726d222c2264617465223a22323032352d30312d3239222c226465616c73576974684167656e6379223a747275652c226465706172746d656e74223a2246494e222c226465736372697074696f6e223a22e0b88be0b8ade0b887e0b980e0b887e0b8b4e0b899e0b8aae0b894222c22646972656374696f6e223a2272656675736564222c22656e7472794944223a22472d323536382d303036222c22676976656e546f50656f706c6547656e6572616c6c79223a66616c73652c226f63636173696f6e223a22e0b895e0b8a3e0b8b8e0b8a9e0b888e0b8b5e0b8992032353638222c22706572736f6e223a226e697361222c2272756c657356657273696f6e223a322c2276616c7565223a22353030302e3030227d	\N	\\xa5c3905406de5df3e7e9257ef9d0e4af5d26e4c4b1f637949cd869ec849603f7	\\x5d40b18e36c79f5761ef44d1b22f69ae4bb94307308fefb34487d14113959f8f	6302203
112	gift/G-2568-007	1	GiftLogged	1	1735491600000000	1796589156706758	anan	\\x7b22636f756e7465727061727479223a7b226e616d65223a22e0b899e0b8b2e0b8a2e0b8ade0b8b3e0b980e0b8a0e0b8ade0b895e0b8b2e0b881e0b983e0b89a227d2c22636f756e74657270617274794b696e64223a22706572736f6e222c2264617465223a22323032342d31322d3330222c226465616c73576974684167656e6379223a66616c73652c226465706172746d656e74223a22434c45524b222c226465736372697074696f6e223a22e0b881e0b8a3e0b8b0e0b980e0b88ae0b989e0b8b2e0b89be0b8b5e0b983e0b8abe0b8a1e0b988222c22646972656374696f6e223a22676976656e222c22656e7472794944223a22472d323536382d303037222c22676976656e546f50656f706c6547656e6572616c6c79223a66616c73652c226f63636173696f6e223a22e0b89be0b8b5e0b983e0b8abe0b8a1e0b9882032353638222c22706572736f6e223a2270616c6164222c2272756c657356657273696f6e223a322c2276616c7565223a22313230302e3030227d	\N	\\x5d40b18e36c79f5761ef44d1b22f69ae4bb94307308fefb34487d14113959f8f	\\xc6713472924c05902463cc6eeb8ef91d517f827de9908592c179b81332a1c113	6302203
113	gift/G-2568-008	1	GiftLogged	1	1736960400000000	1796589156706758	anan	\\x7b22636f756e7465727061727479223a7b226e616d65223a22e0b8a3e0b989e0b8b2e0b899e0b8aae0b8a1e0b983e0b888e0b881e0b8b2e0b8a3e0b884e0b989e0b8b2227d2c22636f756e74657270617274794b696e64223a22706572736f6e222c2264617465223a22323032352d30312d3136222c226465616c73576974684167656e6379223a66616c73652c226465706172746d656e74223a22454455222c226465736372697074696f6e223a22e0b88ae0b8b8e0b894e0b980e0b884e0b8a3e0b8b7e0b988e0b8ade0b887e0b980e0b882e0b8b5e0b8a2e0b899222c22646972656374696f6e223a227265636569766564222c22656e7472794944223a22472d323536382d303038222c22676976656e546f50656f706c6547656e6572616c6c79223a66616c73652c226f63636173696f6e223a22e0b8a7e0b8b1e0b899e0b884e0b8a3e0b8b92032353638222c22706572736f6e223a22666174696d6168222c2272756c657356657273696f6e223a322c2276616c7565223a223830302e3030227d	\N	\\xc6713472924c05902463cc6eeb8ef91d517f827de9908592c179b81332a1c113	\\xc4445ecb4f1c8593534c62ed5b3c6277306de782c0a52a21125b3d32cfb80268	6302203
114	flag/RF-2568-0001	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226375744f6666223a7b226261736973223a22636f6e66696775726564222c22636f6e66696775726174696f6e56657273696f6e223a312c2273657474696e67223a2273706c697474696e672e6c696d6974222c2276616c7565223a7b226d6f6e6579223a223530303030302e3030227d7d2c226465636c61726174696f6e73223a5b5d2c2266696775726573223a5b7b226e616d65223a22746f74616c222c2276616c7565223a7b226d6f6e6579223a22323439313430302e3030227d7d2c7b226e616d65223a22636f756e74222c2276616c7565223a7b22636f756e74223a357d7d2c7b226e616d65223a226c617267657374222c2276616c7565223a7b226d6f6e6579223a223439393930302e3030227d7d2c7b226e616d65223a2266697273742d646179222c2276616c7565223a7b2264617465223a22323032352d30392d3235227d7d2c7b226e616d65223a226c6173742d646179222c2276616c7565223a7b2264617465223a22323032352d30392d3235227d7d2c7b226e616d65223a2264617973222c2276616c7565223a7b2264617973223a307d7d2c7b226e616d65223a2277696e646f772d64617973222c2276616c7565223a7b2264617973223a39307d7d5d2c226769667473223a5b5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b5d2c2270726f6a65637473223a5b7b22616d6f756e74223a223439383530302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439393030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303031222c227265666572656e63655072696365223a223439393030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b89920e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b2222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223439373830302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439383030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303035222c227265666572656e63655072696365223a223439383030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b884e0b8ade0b8a1e0b89ee0b8b4e0b8a7e0b980e0b895e0b8ade0b8a3e0b98c20e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223439393930302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439393930302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303037222c227265666572656e63655072696365223a223439393930302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b88720e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b897e0b988e0b8ade0b8a3e0b8b0e0b89ae0b8b2e0b8a2e0b899e0b989e0b8b320e0b88ae0b8b8e0b8a1e0b88ae0b899e0b89ae0b989e0b8b2e0b899e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223439363030302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439373030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303133222c227265666572656e63655072696365223a223439373030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b884e0b8a3e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98ce0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b8992028e0b895e0b8b9e0b989e0b980e0b8abe0b8a5e0b987e0b881e0b980e0b881e0b987e0b89ae0b980e0b8ade0b881e0b8aae0b8b2e0b8a32920e0b888e0b8b3e0b899e0b8a7e0b89920e0b99420e0b895e0b8b9e0b989222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223439393230302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439393530302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303137222c227265666572656e63655072696365223a223439393530302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a2e0b8b2e0b899e0b89ee0b8b2e0b8abe0b899e0b8b0e0b981e0b8a5e0b8b0e0b882e0b899e0b8aae0b988e0b8872028e0b8a2e0b8b2e0b887e0b8a3e0b896e0b8a2e0b899e0b895e0b98c2920e0b888e0b8b3e0b899e0b8a7e0b89920e0b99820e0b980e0b8aae0b989e0b899222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d5d2c22737570706c696572223a7b226e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894222c227461784944223a2230393635353630303031323338227d7d2c2265766964656e63654b6579223a2236383039393030303030312c36383039393030303030352c36383039393030303030372c36383039393030303031332c3638303939303030303137222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303031222c226964656e74697479223a2273706c69742d77696e646f777c363936303530317c7461783a303936353536303030313233387c32353638222c22696e64696361746f72223a2273706c69742d77696e646f77227d	red-flag:split-window|6960501|tax:0965560001238|2568	\\xc4445ecb4f1c8593534c62ed5b3c6277306de782c0a52a21125b3d32cfb80268	\\x3104bfb1dd6cb755384c057d553c76a705ec5ad02d44a4eb02ffffdc9ab1844c	6302203
115	flag/RF-2568-0002	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226375744f6666223a7b226261736973223a22666c6f6f72222c22636f6e66696775726174696f6e56657273696f6e223a312c2273657474696e67223a2262756e6368696e672e666c6f6f725f726174696f222c2276616c7565223a7b22726174696f223a327d7d2c226465636c61726174696f6e73223a5b5d2c2266696775726573223a5b7b226e616d65223a227468726573686f6c64222c2276616c7565223a7b226d6f6e6579223a223530303030302e3030227d7d2c7b226e616d65223a2262616e642d66726f6d222c2276616c7565223a7b226d6f6e6579223a223435303030302e3030227d7d2c7b226e616d65223a22696e2d62616e64222c2276616c7565223a7b22636f756e74223a367d7d2c7b226e616d65223a2262656c6f772d62616e64222c2276616c7565223a7b22636f756e74223a307d7d2c7b226e616d65223a22726174696f222c2276616c7565223a7b22726174696f223a367d7d2c7b226e616d65223a22636f756e74222c2276616c7565223a7b22636f756e74223a31307d7d5d2c226769667473223a5b5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b5d2c2270726f6a65637473223a5b7b22616d6f756e74223a223439383530302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439393030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303031222c227265666572656e63655072696365223a223439393030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b89920e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b2222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223439373830302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439383030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303035222c227265666572656e63655072696365223a223439383030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b884e0b8ade0b8a1e0b89ee0b8b4e0b8a7e0b980e0b895e0b8ade0b8a3e0b98c20e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223439393930302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439393930302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303037222c227265666572656e63655072696365223a223439393930302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b88720e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b897e0b988e0b8ade0b8a3e0b8b0e0b89ae0b8b2e0b8a2e0b899e0b989e0b8b320e0b88ae0b8b8e0b8a1e0b88ae0b899e0b89ae0b989e0b8b2e0b899e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223439363030302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439373030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303133222c227265666572656e63655072696365223a223439373030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b884e0b8a3e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98ce0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b8992028e0b895e0b8b9e0b989e0b980e0b8abe0b8a5e0b987e0b881e0b980e0b881e0b987e0b89ae0b980e0b8ade0b881e0b8aae0b8b2e0b8a32920e0b888e0b8b3e0b899e0b8a7e0b89920e0b99420e0b895e0b8b9e0b989222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223438303030302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223438313030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303136222c227265666572656e63655072696365223a223438313030302e3030222c227469746c65223a22e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b896e0b899e0b899e0b8a5e0b8b9e0b881e0b8a3e0b8b1e0b88720e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99520e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b2222c2277696e6e657273223a5b22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2225d7d2c7b22616d6f756e74223a223439393230302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439393530302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303137222c227265666572656e63655072696365223a223439393530302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a2e0b8b2e0b899e0b89ee0b8b2e0b8abe0b899e0b8b0e0b981e0b8a5e0b8b0e0b882e0b899e0b8aae0b988e0b8872028e0b8a2e0b8b2e0b887e0b8a3e0b896e0b8a2e0b899e0b895e0b98c2920e0b888e0b8b3e0b899e0b8a7e0b89920e0b99820e0b980e0b8aae0b989e0b899222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d5d7d2c2265766964656e63654b6579223a2236383039393030303030312c36383039393030303030352c36383039393030303030372c36383039393030303031332c36383039393030303031362c3638303939303030303137222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303032222c226964656e74697479223a2262756e6368696e677c363936303530317c323536387c3530303030302e3030222c22696e64696361746f72223a2262756e6368696e67227d	red-flag:bunching|6960501|2568|500000.00	\\x3104bfb1dd6cb755384c057d553c76a705ec5ad02d44a4eb02ffffdc9ab1844c	\\x1617fd5ca66fc5bb5fd0a9520313ee6e2f8af66952044f982153776853182e69	6302203
116	flag/RF-2568-0003	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226375744f6666223a7b226261736973223a22666c6f6f72222c22636f6e66696775726174696f6e56657273696f6e223a312c2273657474696e67223a22796561725f656e642e666c6f6f725f726174696f222c2276616c7565223a7b22726174696f223a337d7d2c226465636c61726174696f6e73223a5b5d2c2266696775726573223a5b7b226e616d65223a2273657074656d6265722d7370656e64696e67222c2276616c7565223a7b226d6f6e6579223a22333131353530302e3030227d7d2c7b226e616d65223a22746f74616c222c2276616c7565223a7b226d6f6e6579223a22333136343235302e3030227d7d2c7b226e616d65223a227368617265222c2276616c7565223a7b227368617265223a302e3938343539347d7d2c7b226e616d65223a226f746865722d6d6f6e74686c792d61766572616765222c2276616c7565223a7b226d6f6e6579223a22343433312e3832227d7d2c7b226e616d65223a22636f756e74222c2276616c7565223a7b22636f756e74223a397d7d2c7b226e616d65223a22726174696f222c2276616c7565223a7b22726174696f223a3730322e3938343631357d7d5d2c226769667473223a5b5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b5d2c2270726f6a65637473223a5b7b22616d6f756e74223a223439383530302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439393030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303031222c227265666572656e63655072696365223a223439393030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b89920e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b2222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a2234353630302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a2234363030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303032222c227265666572656e63655072696365223a2234363030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b984e0b89fe0b89fe0b989e0b8b2e0b981e0b8a5e0b8b0e0b8a7e0b8b4e0b897e0b8a2e0b8b820e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c2277696e6e657273223a5b22e0b8a3e0b989e0b8b2e0b899e0b980e0b888e0b98ae0b8b0e0b980e0b8abe0b881e0b8b2e0b8a3e0b984e0b89fe0b89fe0b989e0b8b2225d7d2c7b22616d6f756e74223a2238363530302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a2238373030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303034222c227265666572656e63655072696365223a2238373030302e3030222c227469746c65223a22e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b8a3e0b896e0b89ae0b8a3e0b8a3e0b897e0b8b8e0b881e0b882e0b8a2e0b8b020e0b8abe0b8a1e0b8b2e0b8a2e0b980e0b8a5e0b882e0b897e0b8b0e0b980e0b89ae0b8b5e0b8a2e0b89920e0b998e0b9912de0b994e0b995e0b996e0b99720e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa222c2277696e6e657273223a5b22e0b8ade0b8b9e0b988e0b88ae0b988e0b8b2e0b887e0b8abe0b8a1e0b8b1e0b894e0b881e0b8b2e0b8a3e0b88ae0b988e0b8b2e0b887225d7d2c7b22616d6f756e74223a223439373830302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439383030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303035222c227265666572656e63655072696365223a223439383030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b884e0b8ade0b8a1e0b89ee0b8b4e0b8a7e0b980e0b895e0b8ade0b8a3e0b98c20e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223439393930302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439393930302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303037222c227265666572656e63655072696365223a223439393930302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b88720e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b897e0b988e0b8ade0b8a3e0b8b0e0b89ae0b8b2e0b8a2e0b899e0b989e0b8b320e0b88ae0b8b8e0b8a1e0b88ae0b899e0b89ae0b989e0b8b2e0b899e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a2231323030302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a2231323030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303130222c227265666572656e63655072696365223a2231323030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b899e0b989e0b8b3e0b894e0b8b7e0b988e0b8a1e0b8aae0b8b3e0b8abe0b8a3e0b8b1e0b89ae0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3e0b89be0b8a3e0b8b0e0b88ae0b8b2e0b88ae0b899222c2277696e6e657273223a5b22e0b8a3e0b989e0b8b2e0b899e0b899e0b989e0b8b3e0b894e0b8b7e0b988e0b8a1e0b895e0b8b2e0b881e0b983e0b89a225d7d2c7b22616d6f756e74223a223439363030302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439373030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303133222c227265666572656e63655072696365223a223439373030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b884e0b8a3e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98ce0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b8992028e0b895e0b8b9e0b989e0b980e0b8abe0b8a5e0b987e0b881e0b980e0b881e0b987e0b89ae0b980e0b8ade0b881e0b8aae0b8b2e0b8a32920e0b888e0b8b3e0b899e0b8a7e0b89920e0b99420e0b895e0b8b9e0b989222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223438303030302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223438313030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303136222c227265666572656e63655072696365223a223438313030302e3030222c227469746c65223a22e0b888e0b989e0b8b2e0b887e0b980e0b8abe0b8a1e0b8b2e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b896e0b899e0b899e0b8a5e0b8b9e0b881e0b8a3e0b8b1e0b88720e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99520e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b2222c2277696e6e657273223a5b22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2225d7d2c7b22616d6f756e74223a223439393230302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439393530302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303137222c227265666572656e63655072696365223a223439393530302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a2e0b8b2e0b899e0b89ee0b8b2e0b8abe0b899e0b8b0e0b981e0b8a5e0b8b0e0b882e0b899e0b8aae0b988e0b8872028e0b8a2e0b8b2e0b887e0b8a3e0b896e0b8a2e0b899e0b895e0b98c2920e0b888e0b8b3e0b899e0b8a7e0b89920e0b99820e0b980e0b8aae0b989e0b899222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d5d7d2c2265766964656e63654b6579223a2236383039393030303030312c36383039393030303030322c36383039393030303030342c36383039393030303030352c36383039393030303030372c36383039393030303031302c36383039393030303031332c36383039393030303031362c3638303939303030303137222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303033222c226964656e74697479223a22796561722d656e647c363936303530317c32353638222c22696e64696361746f72223a22796561722d656e64227d	red-flag:year-end|6960501|2568	\\x1617fd5ca66fc5bb5fd0a9520313ee6e2f8af66952044f982153776853182e69	\\x5edaf16710ec0c47130b724b2a2427e25352dc3b88668360efae47135fe1afc1	6302203
117	flag/RF-2568-0004	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226375744f6666223a7b226261736973223a22666c6f6f72222c22636f6e66696775726174696f6e56657273696f6e223a312c2273657474696e67223a22636f6e63656e74726174696f6e2e666c6f6f725f77696e73222c2273746174697374696373223a7b226d756c7469706c696572223a312e352c22706f70756c6174696f6e223a226465706172746d656e742d737570706c6965722d7965617273222c227131223a312c227133223a312c2273616d706c65223a392c2273696465223a227570706572227d2c2276616c7565223a7b226e756d626572223a357d7d2c226465636c61726174696f6e73223a5b5d2c2266696775726573223a5b7b226e616d65223a2277696e73222c2276616c7565223a7b22636f756e74223a357d7d2c7b226e616d65223a226465706172746d656e742d617761726473222c2276616c7565223a7b22636f756e74223a31347d7d5d2c226769667473223a5b5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b5d2c2270726f6a65637473223a5b7b22616d6f756e74223a223439383530302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439393030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303031222c227265666572656e63655072696365223a223439393030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b89920e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b2222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223439373830302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439383030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303035222c227265666572656e63655072696365223a223439383030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b884e0b8ade0b8a1e0b89ee0b8b4e0b8a7e0b980e0b895e0b8ade0b8a3e0b98c20e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223439393930302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439393930302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303037222c227265666572656e63655072696365223a223439393930302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b88720e0b88be0b988e0b8ade0b8a1e0b981e0b88be0b8a1e0b897e0b988e0b8ade0b8a3e0b8b0e0b89ae0b8b2e0b8a2e0b899e0b989e0b8b320e0b88ae0b8b8e0b8a1e0b88ae0b899e0b89ae0b989e0b8b2e0b899e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223439363030302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439373030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303133222c227265666572656e63655072696365223a223439373030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b884e0b8a3e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98ce0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b8992028e0b895e0b8b9e0b989e0b980e0b8abe0b8a5e0b987e0b881e0b980e0b881e0b987e0b89ae0b980e0b8ade0b881e0b8aae0b8b2e0b8a32920e0b888e0b8b3e0b899e0b8a7e0b89920e0b99420e0b895e0b8b9e0b989222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d2c7b22616d6f756e74223a223439393230302e3030222c2261776172646564223a22323032352d30392d3235222c22627564676574223a223439393530302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a227370656369666963222c2270726f6a6563744944223a223638303939303030303137222c227265666572656e63655072696365223a223439393530302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a2e0b8b2e0b899e0b89ee0b8b2e0b8abe0b899e0b8b0e0b981e0b8a5e0b8b0e0b882e0b899e0b8aae0b988e0b8872028e0b8a2e0b8b2e0b887e0b8a3e0b896e0b8a2e0b899e0b895e0b98c2920e0b888e0b8b3e0b899e0b8a7e0b89920e0b99820e0b980e0b8aae0b989e0b899222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894225d7d5d2c22737570706c696572223a7b226e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b8a7e0b8b1e0b8aae0b894e0b8b8e0b8a0e0b8b1e0b893e0b891e0b98c20e0b888e0b8b3e0b881e0b8b1e0b894222c227461784944223a2230393635353630303031323338227d7d2c2265766964656e63654b6579223a2236383039393030303030312c36383039393030303030352c36383039393030303030372c36383039393030303031332c3638303939303030303137222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303034222c226964656e74697479223a227265706561742d77696e6e65727c363936303530317c7461783a303936353536303030313233387c32353638222c22696e64696361746f72223a227265706561742d77696e6e6572227d	red-flag:repeat-winner|6960501|tax:0965560001238|2568	\\x5edaf16710ec0c47130b724b2a2427e25352dc3b88668360efae47135fe1afc1	\\x9e3707391fc2060d53ea2a306a5ddb6439978a37911261cc88d671fde27c5c68	6302203
118	flag/RF-2568-0005	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226375744f6666223a7b226261736973223a22636f6e66696775726564222c22636f6e66696775726174696f6e56657273696f6e223a312c2273657474696e67223a2270726963652e6e6561725f7265666572656e6365222c2276616c7565223a7b227368617265223a302e39397d7d2c226465636c61726174696f6e73223a5b5d2c2266696775726573223a5b7b226e616d65223a22616772656564222c2276616c7565223a7b226d6f6e6579223a223731323830302e3030227d7d2c7b226e616d65223a227265666572656e6365222c2276616c7565223a7b226d6f6e6579223a223731353030302e3030227d7d2c7b226e616d65223a227368617265222c2276616c7565223a7b227368617265223a302e3939363932337d7d5d2c226769667473223a5b5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b5d2c2270726f6a65637473223a5b7b22616d6f756e74223a223731323830302e3030222c2261776172646564223a22323032352d30322d3130222c22627564676574223a223732303030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22652d62696464696e67222c2270726f6a6563744944223a223637313139303030333332222c227265666572656e63655072696365223a223731353030302e3030222c227469746c65223a22e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b897e0b8b3e0b884e0b8a7e0b8b2e0b8a1e0b8aae0b8b0e0b8ade0b8b2e0b894e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b899222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b884e0b8a5e0b8b5e0b899e0b899e0b8b4e0b988e0b88720e0b980e0b88be0b8ade0b8a3e0b98ce0b8a7e0b8b4e0b8aa20e0b888e0b8b3e0b881e0b8b1e0b894225d7d5d2c22737570706c696572223a7b226e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b884e0b8a5e0b8b5e0b899e0b899e0b8b4e0b988e0b88720e0b980e0b88be0b8ade0b8a3e0b98ce0b8a7e0b8b4e0b8aa20e0b888e0b8b3e0b881e0b8b1e0b894227d7d2c2265766964656e63654b6579223a223637313139303030333332222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303035222c226964656e74697479223a2270726963652d6e6561722d7265666572656e63657c3637313139303030333332222c22696e64696361746f72223a2270726963652d6e6561722d7265666572656e6365227d	red-flag:price-near-reference|67119000332	\\x9e3707391fc2060d53ea2a306a5ddb6439978a37911261cc88d671fde27c5c68	\\x5df78db6c3731ed4861c82b9cddffd95e06b5c363f26cf587a9066ee87aebb24	6302203
119	flag/RF-2568-0006	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226375744f6666223a7b226261736973223a22636f6e66696775726564222c22636f6e66696775726174696f6e56657273696f6e223a312c2273657474696e67223a2270726963652e6e6561725f7265666572656e6365222c2276616c7565223a7b227368617265223a302e39397d7d2c226465636c61726174696f6e73223a5b5d2c2266696775726573223a5b7b226e616d65223a22616772656564222c2276616c7565223a7b226d6f6e6579223a22323434383030302e3030227d7d2c7b226e616d65223a227265666572656e6365222c2276616c7565223a7b226d6f6e6579223a22323435363030302e3030227d7d2c7b226e616d65223a227368617265222c2276616c7565223a7b227368617265223a302e3939363734337d7d5d2c226769667473223a5b5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b5d2c2270726f6a65637473223a5b7b22616d6f756e74223a22323434383030302e3030222c2261776172646564223a22323032352d30312d3134222c22627564676574223a22323530303030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22652d62696464696e67222c2270726f6a6563744944223a223637313139303030333333222c227265666572656e63655072696365223a22323435363030302e3030222c227469746c65223a22e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b896e0b899e0b899e0b884e0b8ade0b899e0b881e0b8a3e0b8b5e0b895e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b980e0b8abe0b8a5e0b987e0b88120e0b8aae0b8b2e0b8a2e0b89ae0b989e0b8b2e0b899e0b8a8e0b8b2e0b8a5e0b8b2e0b983e0b8abe0b8a1e0b988202d20e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b220e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99320e0b895e0b8b3e0b89ae0b8a5e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c2277696e6e657273223a5b22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2225d7d5d2c22737570706c696572223a7b226e616d65223a22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2222c227461784944223a2230393633353530303030313231227d7d2c2265766964656e63654b6579223a223637313139303030333333222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303036222c226964656e74697479223a2270726963652d6e6561722d7265666572656e63657c3637313139303030333333222c22696e64696361746f72223a2270726963652d6e6561722d7265666572656e6365227d	red-flag:price-near-reference|67119000333	\\x5df78db6c3731ed4861c82b9cddffd95e06b5c363f26cf587a9066ee87aebb24	\\x3a81f7f25151c7d78db8f0b774564f5f5aa3d5092773e4d4605af66d99993a69	6302203
120	flag/RF-2568-0007	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226375744f6666223a7b226261736973223a22636f6e66696775726564222c22636f6e66696775726174696f6e56657273696f6e223a312c2273657474696e67223a2270726963652e6e6561725f7265666572656e6365222c2276616c7565223a7b227368617265223a302e39397d7d2c226465636c61726174696f6e73223a5b5d2c2266696775726573223a5b7b226e616d65223a22616772656564222c2276616c7565223a7b226d6f6e6579223a223934393530302e3030227d7d2c7b226e616d65223a227265666572656e6365222c2276616c7565223a7b226d6f6e6579223a223935343030302e3030227d7d2c7b226e616d65223a227368617265222c2276616c7565223a7b227368617265223a302e3939353238337d7d5d2c226769667473223a5b5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b5d2c2270726f6a65637473223a5b7b22616d6f756e74223a223934393530302e3030222c2261776172646564223a22323032352d30312d3230222c22627564676574223a223936303030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22652d6d61726b6574222c2270726f6a6563744944223a223637313139303030333431222c227265666572656e63655072696365223a223935343030302e3030222c227469746c65223a22e0b88be0b8b7e0b989e0b8ade0b8a7e0b8b1e0b8aae0b894e0b8b8e0b980e0b88ae0b8b7e0b989e0b8ade0b980e0b89ee0b8a5e0b8b4e0b887e0b981e0b8a5e0b8b0e0b8abe0b8a5e0b988e0b8ade0b8a5e0b8b7e0b988e0b8992028e0b899e0b989e0b8b3e0b8a1e0b8b1e0b899e0b894e0b8b5e0b980e0b88be0b8a52920e0b888e0b8b3e0b899e0b8a7e0b89920e0b993e0b9902ce0b990e0b990e0b99020e0b8a5e0b8b4e0b895e0b8a3222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b899e0b8a3e0b8b2e0b89be0b8b4e0b982e0b895e0b8a3e0b980e0b8a5e0b8b5e0b8a2e0b8a120e0b888e0b8b3e0b881e0b8b1e0b894225d7d5d2c22737570706c696572223a7b226e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b899e0b8a3e0b8b2e0b89be0b8b4e0b982e0b895e0b8a3e0b980e0b8a5e0b8b5e0b8a2e0b8a120e0b888e0b8b3e0b881e0b8b1e0b894222c227461784944223a2230393635353530303033343234227d7d2c2265766964656e63654b6579223a223637313139303030333431222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303037222c226964656e74697479223a2270726963652d6e6561722d7265666572656e63657c3637313139303030333431222c22696e64696361746f72223a2270726963652d6e6561722d7265666572656e6365227d	red-flag:price-near-reference|67119000341	\\x3a81f7f25151c7d78db8f0b774564f5f5aa3d5092773e4d4605af66d99993a69	\\x0dde189e4526e25c2c0c5fc5a5680f5599017bc253c5d5994362dab1f5408f6c	6302203
121	flag/RF-2568-0008	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226465636c61726174696f6e73223a5b5d2c2266696775726573223a5b7b226e616d65223a2262696464657273222c2276616c7565223a7b22636f756e74223a317d7d5d2c226769667473223a5b5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b5d2c2270726f6a65637473223a5b7b22616d6f756e74223a223731323830302e3030222c2261776172646564223a22323032352d30322d3130222c22627564676574223a223732303030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22652d62696464696e67222c2270726f6a6563744944223a223637313139303030333332222c227265666572656e63655072696365223a223731353030302e3030222c227469746c65223a22e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b897e0b8b3e0b884e0b8a7e0b8b2e0b8a1e0b8aae0b8b0e0b8ade0b8b2e0b894e0b8aae0b8b3e0b899e0b8b1e0b881e0b887e0b8b2e0b899222c2277696e6e657273223a5b22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b884e0b8a5e0b8b5e0b899e0b899e0b8b4e0b988e0b88720e0b980e0b88be0b8ade0b8a3e0b98ce0b8a7e0b8b4e0b8aa20e0b888e0b8b3e0b881e0b8b1e0b894225d7d5d2c22737570706c696572223a7b226e616d65223a22e0b89ae0b8a3e0b8b4e0b8a9e0b8b1e0b89720e0b895e0b8b2e0b881e0b983e0b89ae0b884e0b8a5e0b8b5e0b899e0b899e0b8b4e0b988e0b88720e0b980e0b88be0b8ade0b8a3e0b98ce0b8a7e0b8b4e0b8aa20e0b888e0b8b3e0b881e0b8b1e0b894227d7d2c2265766964656e63654b6579223a223637313139303030333332222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303038222c226964656e74697479223a2273696e676c652d6269646465727c3637313139303030333332222c22696e64696361746f72223a2273696e676c652d626964646572227d	red-flag:single-bidder|67119000332	\\x0dde189e4526e25c2c0c5fc5a5680f5599017bc253c5d5994362dab1f5408f6c	\\xd1d4882501b3b57ef9f7bf5550b5163439b11904e09e882ea12a2ce114ab9254	6302203
122	flag/RF-2568-0009	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226465636c61726174696f6e73223a5b7b226465636c6172616e74223a22727573646565222c226465636c61726174696f6e4944223a2236373131393030303333332d652d62696464696e672d6d656d6265722d727573646565222c226465706172746d656e74223a22454e47222c2264657461696c223a22e0b89ee0b8b5e0b988e0b980e0b882e0b8a2e0b980e0b89be0b987e0b899e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b89ce0b8b9e0b989e0b888e0b8b1e0b894e0b881e0b8b2e0b8a320e0b981e0b8a5e0b8b0e0b8abe0b989e0b8b2e0b887e0b8af20e0b8a2e0b8b7e0b988e0b899e0b882e0b989e0b8ade0b980e0b8aae0b899e0b8ade0b983e0b899e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b899e0b8b5e0b989222c227061727479223a7b226e616d65223a22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2222c227461784944223a2230393633353530303030313231227d2c2270726f6a656374223a223637313139303030333333222c2272656375736564223a747275652c2272656c6174696f6e73686970223a2272656c6174697665227d5d2c2266696775726573223a5b5d2c226769667473223a5b5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b7b226361706163697479223a22652d62696464696e672d6d656d626572222c226465706172746d656e74223a22454e47222c2273746166664944223a22727573646565227d5d2c2270726f6a65637473223a5b7b22616d6f756e74223a22323434383030302e3030222c2261776172646564223a22323032352d30312d3134222c22627564676574223a22323530303030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22652d62696464696e67222c2270726f6a6563744944223a223637313139303030333333222c227265666572656e63655072696365223a22323435363030302e3030222c227469746c65223a22e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b896e0b899e0b899e0b884e0b8ade0b899e0b881e0b8a3e0b8b5e0b895e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b980e0b8abe0b8a5e0b987e0b88120e0b8aae0b8b2e0b8a2e0b89ae0b989e0b8b2e0b899e0b8a8e0b8b2e0b8a5e0b8b2e0b983e0b8abe0b8a1e0b988202d20e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b220e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99320e0b895e0b8b3e0b89ae0b8a5e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c2277696e6e657273223a5b22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2225d7d5d2c22737570706c696572223a7b226e616d65223a22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2222c227461784944223a2230393633353530303030313231227d7d2c2265766964656e63654b6579223a2236373131393030303333332c36373131393030303333332d652d62696464696e672d6d656d6265722d727573646565222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303039222c226964656e74697479223a22636f692d636f6d6d69747465657c36373131393030303333337c36373131393030303333332d652d62696464696e672d6d656d6265722d727573646565222c22696e64696361746f72223a22636f692d636f6d6d6974746565227d	red-flag:~7c11417c1460736a7a21995e	\\xd1d4882501b3b57ef9f7bf5550b5163439b11904e09e882ea12a2ce114ab9254	\\xae2ebdaaaf92dec15b87a747eaef8217a0064bc21ab4c2f23661d47edf5853fc	6302203
123	flag/RF-2568-0010	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226465636c61726174696f6e73223a5b5d2c2266696775726573223a5b5d2c226769667473223a5b5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b7b226361706163697479223a22696e7370656374696f6e2d6d656d626572222c2273746166664944223a22666174696d6168227d5d2c2270726f6a65637473223a5b7b22616d6f756e74223a22323434383030302e3030222c2261776172646564223a22323032352d30312d3134222c22627564676574223a22323530303030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22652d62696464696e67222c2270726f6a6563744944223a223637313139303030333333222c227265666572656e63655072696365223a22323435363030302e3030222c227469746c65223a22e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b896e0b899e0b899e0b884e0b8ade0b899e0b881e0b8a3e0b8b5e0b895e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b980e0b8abe0b8a5e0b987e0b88120e0b8aae0b8b2e0b8a2e0b89ae0b989e0b8b2e0b899e0b8a8e0b8b2e0b8a5e0b8b2e0b983e0b8abe0b8a1e0b988202d20e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b220e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99320e0b895e0b8b3e0b89ae0b8a5e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c2277696e6e657273223a5b22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2225d7d5d7d2c2265766964656e63654b6579223a2236373131393030303333332c73746166663a666174696d6168222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303130222c226964656e74697479223a22756e6465636c617265642d6d656d6265727c36373131393030303333337c666174696d6168222c22696e64696361746f72223a22756e6465636c617265642d6d656d626572227d	red-flag:~15ba5f6827f5d5b83dbca332	\\xae2ebdaaaf92dec15b87a747eaef8217a0064bc21ab4c2f23661d47edf5853fc	\\x01f1f5dd16f97eebe919ae2284f786660ad30a534e697a401707f466f6c3843b	6302203
124	flag/RF-2568-0011	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226465636c61726174696f6e73223a5b5d2c2266696775726573223a5b5d2c226769667473223a5b5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b7b226361706163697479223a22652d62696464696e672d6d656d626572222c2273746166664944223a2277616e696461227d5d2c2270726f6a65637473223a5b7b22616d6f756e74223a22323434383030302e3030222c2261776172646564223a22323032352d30312d3134222c22627564676574223a22323530303030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22652d62696464696e67222c2270726f6a6563744944223a223637313139303030333333222c227265666572656e63655072696365223a22323435363030302e3030222c227469746c65223a22e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b896e0b899e0b899e0b884e0b8ade0b899e0b881e0b8a3e0b8b5e0b895e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b980e0b8abe0b8a5e0b987e0b88120e0b8aae0b8b2e0b8a2e0b89ae0b989e0b8b2e0b899e0b8a8e0b8b2e0b8a5e0b8b2e0b983e0b8abe0b8a1e0b988202d20e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b220e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99320e0b895e0b8b3e0b89ae0b8a5e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c2277696e6e657273223a5b22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2225d7d5d7d2c2265766964656e63654b6579223a2236373131393030303333332c73746166663a77616e696461222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303131222c226964656e74697479223a22756e6465636c617265642d6d656d6265727c36373131393030303333337c77616e696461222c22696e64696361746f72223a22756e6465636c617265642d6d656d626572227d	red-flag:~0c912f0a2bc82b03b29009a5	\\x01f1f5dd16f97eebe919ae2284f786660ad30a534e697a401707f466f6c3843b	\\xddc0876da166ab09a8e5ec9035f2170efc0a7f55cb84db5cb5655f201492a0b7	6302203
125	flag/RF-2568-0012	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226465636c61726174696f6e73223a5b5d2c2266696775726573223a5b5d2c226769667473223a5b5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b7b226361706163697479223a22652d62696464696e672d63686169722c20696e7370656374696f6e2d6368616972222c2273746166664944223a227375726163686169227d5d2c2270726f6a65637473223a5b7b22616d6f756e74223a22323434383030302e3030222c2261776172646564223a22323032352d30312d3134222c22627564676574223a22323530303030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22652d62696464696e67222c2270726f6a6563744944223a223637313139303030333333222c227265666572656e63655072696365223a22323435363030302e3030222c227469746c65223a22e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b896e0b899e0b899e0b884e0b8ade0b899e0b881e0b8a3e0b8b5e0b895e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b980e0b8abe0b8a5e0b987e0b88120e0b8aae0b8b2e0b8a2e0b89ae0b989e0b8b2e0b899e0b8a8e0b8b2e0b8a5e0b8b2e0b983e0b8abe0b8a1e0b988202d20e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b220e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99320e0b895e0b8b3e0b89ae0b8a5e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c2277696e6e657273223a5b22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2225d7d5d7d2c2265766964656e63654b6579223a2236373131393030303333332c73746166663a7375726163686169222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303132222c226964656e74697479223a22636f6d6d69747465652d73657061726174696f6e7c36373131393030303333337c7375726163686169222c22696e64696361746f72223a22636f6d6d69747465652d73657061726174696f6e227d	red-flag:~952cf7015543a198c0371070	\\xddc0876da166ab09a8e5ec9035f2170efc0a7f55cb84db5cb5655f201492a0b7	\\x6300da7d7c47c16edeed27285fc22f3c1d09d002476e88a75d1c68b0e97d340b	6302203
126	flag/RF-2568-0013	1	RedFlagRaised	1	1796589156811860	1796589156956648	anan	\\x7b22636f6e66696775726174696f6e56657273696f6e223a312c226465706172746d656e744944223a2236393630353031222c2265766964656e6365223a7b226375744f6666223a7b226261736973223a22636f6e66696775726564222c22636f6e66696775726174696f6e56657273696f6e223a312c2273657474696e67223a2267696674732e77696e646f775f64617973222c2276616c7565223a7b2264617973223a3138307d7d2c226465636c61726174696f6e73223a5b5d2c2266696775726573223a5b7b226e616d65223a22676966742d76616c7565222c2276616c7565223a7b226d6f6e6579223a22383530302e3030227d7d2c7b226e616d65223a22676966742d64617465222c2276616c7565223a7b2264617465223a22323032352d30322d3132227d7d2c7b226e616d65223a2270726f6a65637473222c2276616c7565223a7b22636f756e74223a317d7d5d2c226769667473223a5b7b2264617465223a22323032352d30322d3132222c226465706172746d656e74223a22454e47222c226465736372697074696f6e223a22e0b899e0b8b2e0b8ace0b8b4e0b881e0b8b2e0b882e0b989e0b8ade0b8a1e0b8b7e0b8ad222c22656e7472794944223a22472d323536382d303033222c226769766572223a7b226e616d65223a22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2222c227461784944223a2230393633353530303030313231227d2c226f63636173696f6e223a22e0b8a7e0b8b1e0b899e0b980e0b881e0b8b4e0b894222c22726563697069656e74223a227375726163686169222c2276616c7565223a22383530302e3030227d5d2c226f6d697474656450726f6a65637473223a302c2270656f706c65223a5b7b226361706163697479223a22652d62696464696e672d63686169722c20696e7370656374696f6e2d6368616972222c226465706172746d656e74223a22454e47222c2273746166664944223a227375726163686169227d5d2c2270726f6a65637473223a5b7b22616d6f756e74223a22323434383030302e3030222c2261776172646564223a22323032352d30312d3134222c22627564676574223a22323530303030302e3030222c226465706172746d656e744944223a2236393630353031222c226465706172746d656e744e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c2266697363616c59656172223a323536382c226d6574686f64223a22652d62696464696e67222c2270726f6a6563744944223a223637313139303030333333222c227265666572656e63655072696365223a22323435363030302e3030222c227469746c65223a22e0b89be0b8a3e0b8b0e0b881e0b8a7e0b894e0b8a3e0b8b2e0b884e0b8b2e0b888e0b989e0b8b2e0b887e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b982e0b884e0b8a3e0b887e0b881e0b8b2e0b8a3e0b881e0b988e0b8ade0b8aae0b8a3e0b989e0b8b2e0b887e0b896e0b899e0b899e0b884e0b8ade0b899e0b881e0b8a3e0b8b5e0b895e0b980e0b8aae0b8a3e0b8b4e0b8a1e0b980e0b8abe0b8a5e0b987e0b88120e0b8aae0b8b2e0b8a2e0b89ae0b989e0b8b2e0b899e0b8a8e0b8b2e0b8a5e0b8b2e0b983e0b8abe0b8a1e0b988202d20e0b89ae0b989e0b8b2e0b899e0b982e0b884e0b881e0b8aae0b8a2e0b8b220e0b8abe0b8a1e0b8b9e0b988e0b897e0b8b5e0b98820e0b99320e0b895e0b8b3e0b89ae0b8a5e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c2277696e6e657273223a5b22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2225d7d5d2c22737570706c696572223a7b226e616d65223a22e0b8abe0b989e0b8b2e0b887e0b8abe0b8b8e0b989e0b899e0b8aae0b988e0b8a7e0b899e0b888e0b8b3e0b881e0b8b1e0b89420e0b8a3e0b8b8e0b988e0b887e0b980e0b8a3e0b8b7e0b8ade0b887e0b881e0b8b2e0b8a3e0b982e0b8a2e0b898e0b8b2222c227461784944223a2230393633353530303030313231227d7d2c2265766964656e63654b6579223a2236373131393030303333332c472d323536382d303033222c2266697363616c59656172223a323536382c22666c61674944223a2252462d323536382d30303133222c226964656e74697479223a22676966742d66726f6d2d737570706c6965727c472d323536382d303033222c22696e64696361746f72223a22676966742d66726f6d2d737570706c696572227d	red-flag:~38b6eac18e4662276d860830	\\x6300da7d7c47c16edeed27285fc22f3c1d09d002476e88a75d1c68b0e97d340b	\\xc72b84b1bf0b8b1eb10fa6c5b93ca4d0030767175e5d89016c45747881a53f53	6302203
\.


--
-- Data for Name: gift_activities; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.gift_activities (sequence, fiscal_year, held_on, record, agency) FROM stdin;
99	2568	2024-11-15	{"evidence":["รายงานการประชุม ครั้งที่ 11/2567"],"fiscalYear":2568,"heldOn":"2024-11-15","participants":52,"title":"ประชุมชี้แจงแนวทาง No Gift Policy แก่ผู้บริหารและพนักงาน"}	6302203
100	2568	2024-12-09	{"evidence":[],"fiscalYear":2568,"heldOn":"2024-12-09","participants":80,"title":"กิจกรรมวันต่อต้านคอร์รัปชันสากล \\"ไม่รับ ไม่ให้\\""}	6302203
\.


--
-- Data for Name: gift_entries; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.gift_entries (entry_id, fiscal_year, number, direction, person, department, counterparty_name, tax_id, name_key, deals_with_agency, gift_date, value_satang, rules_version, record, reported_on, decision, agency) FROM stdin;
G-2568-001	2568	1	received	kittipong	FIN	บริษัท ตากใบวัสดุภัณฑ์ จำกัด	0965560001238	ตากใบวัสดุภัณฑ์	1	2025-01-02	150000	2	{"counterparty":{"name":"บริษัท ตากใบวัสดุภัณฑ์ จำกัด","taxID":"0965560001238"},"counterpartyKind":"firm","date":"2025-01-02","dealsWithAgency":true,"department":"FIN","description":"กระเช้าผลไม้","direction":"received","entryID":"G-2568-001","givenToPeopleGenerally":false,"occasion":"ปีใหม่ 2568","person":"kittipong","rulesVersion":2,"value":"1500.00"}	2025-01-20	{"decidedBy":"mayor","decidedOn":"2025-01-24","decision":"return","entryID":"G-2568-001"}	6302203
G-2568-002	2568	2	received	kittipong	FIN	บจก. ตากใบวัสดุภัณฑ์	\N	ตากใบวัสดุภัณฑ์	1	2025-01-06	200000	2	{"counterparty":{"name":"บจก. ตากใบวัสดุภัณฑ์"},"counterpartyKind":"firm","date":"2025-01-06","dealsWithAgency":true,"department":"FIN","description":"ชุดเครื่องดื่มสมุนไพร","direction":"received","entryID":"G-2568-002","givenToPeopleGenerally":false,"occasion":"ปีใหม่ ๒๕๖๘","person":"kittipong","rulesVersion":2,"value":"2000.00"}	2025-01-20	{"decidedBy":"mayor","decidedOn":"2025-01-24","decision":"return","entryID":"G-2568-002"}	6302203
G-2568-003	2568	3	received	surachai	ENG	ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา	0963550000121	รุ่งเรืองการโยธา	1	2025-02-12	850000	2	{"counterparty":{"name":"ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา","taxID":"0963550000121"},"counterpartyKind":"firm","date":"2025-02-12","dealsWithAgency":true,"department":"ENG","description":"นาฬิกาข้อมือ","direction":"received","entryID":"G-2568-003","givenToPeopleGenerally":false,"occasion":"วันเกิด","person":"surachai","rulesVersion":2,"value":"8500.00"}	\N	\N	6302203
G-2568-004	2568	4	received	wanida	HEALTH	นางสาวอารีย์ บุญมา	\N	อารีย์บุญมา	0	2025-03-08	1200000	2	{"counterparty":{"name":"นางสาวอารีย์ บุญมา"},"counterpartyKind":"person","date":"2025-03-08","dealsWithAgency":false,"department":"HEALTH","description":"สร้อยคอทองคำ","direction":"received","entryID":"G-2568-004","givenToPeopleGenerally":false,"occasion":"งานมงคลสมรส","person":"wanida","relative":"sibling","rulesVersion":2,"value":"12000.00"}	\N	\N	6302203
G-2568-005	2568	5	received	sompong	CLERK	สำนักงาน ป.ป.ช. ประจำจังหวัดนราธิวาส	\N	สำนักงานปปชประจำจังหวัดนราธิวาส	0	2025-03-21	25000	2	{"counterparty":{"name":"สำนักงาน ป.ป.ช. ประจำจังหวัดนราธิวาส"},"counterpartyKind":"person","date":"2025-03-21","dealsWithAgency":false,"department":"CLERK","description":"กระเป๋าผ้าที่ระลึก","direction":"received","entryID":"G-2568-005","givenToPeopleGenerally":true,"occasion":"สัมมนาเครือข่ายต่อต้านการทุจริต","person":"sompong","rulesVersion":2,"value":"250.00"}	\N	\N	6302203
G-2568-006	2568	6	refused	nisa	FIN	บริษัท นราคอมพิวเตอร์ จำกัด	0965530000454	นราคอมพิวเตอร์	1	2025-01-29	500000	2	{"counterparty":{"name":"บริษัท นราคอมพิวเตอร์ จำกัด","taxID":"0965530000454"},"counterpartyKind":"firm","date":"2025-01-29","dealsWithAgency":true,"department":"FIN","description":"ซองเงินสด","direction":"refused","entryID":"G-2568-006","givenToPeopleGenerally":false,"occasion":"ตรุษจีน 2568","person":"nisa","rulesVersion":2,"value":"5000.00"}	\N	\N	6302203
G-2568-007	2568	7	given	palad	CLERK	นายอำเภอตากใบ	\N	อำเภอตากใบ	0	2024-12-30	120000	2	{"counterparty":{"name":"นายอำเภอตากใบ"},"counterpartyKind":"person","date":"2024-12-30","dealsWithAgency":false,"department":"CLERK","description":"กระเช้าปีใหม่","direction":"given","entryID":"G-2568-007","givenToPeopleGenerally":false,"occasion":"ปีใหม่ 2568","person":"palad","rulesVersion":2,"value":"1200.00"}	\N	\N	6302203
G-2568-008	2568	8	received	fatimah	EDU	ร้านสมใจการค้า	\N	ร้านสมใจการค้า	0	2025-01-16	80000	2	{"counterparty":{"name":"ร้านสมใจการค้า"},"counterpartyKind":"person","date":"2025-01-16","dealsWithAgency":false,"department":"EDU","description":"ชุดเครื่องเขียน","direction":"received","entryID":"G-2568-008","givenToPeopleGenerally":false,"occasion":"วันครู 2568","person":"fatimah","rulesVersion":2,"value":"800.00"}	\N	\N	6302203
\.


--
-- Data for Name: gift_policy; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.gift_policy (fiscal_year, record, agency) FROM stdin;
2568	{"declaredBy":"mayor","declaredOn":"2024-10-01","evidence":["ประกาศเทศบาลเมืองตากใบ ลงวันที่ 1 ตุลาคม 2567","https://www.takbaicity.go.th/news/no-gift-policy-2568"],"fiscalYear":2568,"title":"ประกาศเจตนารมณ์ นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)"}	6302203
\.


--
-- Data for Name: gift_rules; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.gift_rules (version, record, agency) FROM stdin;
2	{"givenGifts":{"publicMoneyLimit":"0.00","publicMoneySource":"ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการให้หรือรับของขวัญของเจ้าหน้าที่ของรัฐ พ.ศ. 2565: ห้ามใช้เงินหรือทรัพย์สินของทางราชการ (เงินงบประมาณ) ซื้อของขวัญให้ผู้บังคับบัญชาหรือบุคคลอื่น","superiorLimit":"3000.00","superiorSource":"ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการให้หรือรับของขวัญของเจ้าหน้าที่ของรัฐ พ.ศ. 2565: ไม่ควรให้ของขวัญแก่ผู้บังคับบัญชาหรือบุคคลในครอบครัวของผู้บังคับบัญชา นอกจากตามปกติประเพณีนิยม และมูลค่าไม่เกินที่ ป.ป.ช. กำหนด (3,000 บาท)"},"headOfAgency":{"source":"ประกาศ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา (ผู้ดำรงตำแหน่งหัวหน้าหน่วยงานแจ้งต่อผู้มีอำนาจกำกับดูแล) และอำนาจกำกับดูแลองค์กรปกครองส่วนท้องถิ่นของนายอำเภอและผู้ว่าราชการจังหวัด","types":[{"headPositions":["นายกเทศมนตรีตำบล"],"nextAuthority":"นายอำเภอ","type":"เทศบาลตำบล"},{"headPositions":["นายกองค์การบริหารส่วนตำบล","นายก อบต."],"nextAuthority":"นายอำเภอ","type":"องค์การบริหารส่วนตำบล"},{"headPositions":["นายกเทศมนตรีเมือง"],"nextAuthority":"ผู้ว่าราชการจังหวัด","type":"เทศบาลเมือง"},{"headPositions":["นายกเทศมนตรีนคร"],"nextAuthority":"ผู้ว่าราชการจังหวัด","type":"เทศบาลนคร"},{"headPositions":["นายกองค์การบริหารส่วนจังหวัด","นายก อบจ."],"nextAuthority":"ผู้ว่าราชการจังหวัด","type":"องค์การบริหารส่วนจังหวัด"}]},"noGiftPolicy":{"partiesWithBusiness":true,"source":"ประกาศเจตนารมณ์ No Gift Policy ของหน่วยงาน (OIT O31) และระเบียบสำนักนายกรัฐมนตรีว่าด้วยการให้หรือรับของขวัญของเจ้าหน้าที่ของรัฐ พ.ศ. 2565 (ห้ามรับของขวัญจากผู้ซึ่งมีส่วนได้เสียกับการปฏิบัติหน้าที่)"},"relatives":[{"code":"spouse","limit":"100000.00","name":"คู่สมรส"},{"code":"partner","limit":"100000.00","name":"ผู้อยู่กินฉันสามีภริยา"},{"code":"ascendant","limit":"100000.00","name":"ผู้บุพการี (บิดา มารดา ปู่ ย่า ตา ยาย)"},{"code":"descendant","limit":"100000.00","name":"ผู้สืบสันดาน (บุตร หลาน)"},{"code":"sibling","limit":"30000.00","name":"พี่น้องร่วมบิดามารดาหรือร่วมบิดาหรือมารดาเดียวกัน"},{"code":"uncle-aunt","limit":"10000.00","name":"ลุง ป้า น้า อา"},{"code":"spouse-ascendant","limit":"30000.00","name":"ผู้บุพการีของคู่สมรส"},{"code":"spouse-descendant","limit":"30000.00","name":"ผู้สืบสันดานของคู่สมรส"},{"code":"adopted-child","limit":"100000.00","name":"บุตรบุญธรรม"},{"code":"adoptive-parent","limit":"100000.00","name":"ผู้รับบุตรบุญธรรม"}],"reportWithinDays":30,"source":"พ.ร.ป. ว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 มาตรา 128 และประกาศ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา","threshold":"3000.00","version":2}	6302203
\.


--
-- Data for Name: ita_frameworks; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.ita_frameworks (fiscal_year, version, record, agency) FROM stdin;
\.


--
-- Data for Name: ita_results; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.ita_results (fiscal_year, framework, stream_version, revisions, record, agency) FROM stdin;
\.


--
-- Data for Name: procurement_announcements; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.procurement_announcements (project_id, type, published, document, sequence, "position", agency) FROM stdin;
M68100015023	P0	2024-10-08	template:077cf4a8-8759-5d8c-ae2e-e9249ac7bbe7	69	2	6302203
P68100015021	P0	2024-10-08	template:657da8d7-7681-506e-ad74-b1844059bfb5	69	0	6302203
P68100015022	P0	2024-10-08	template:4b44cc7c-3343-5284-8c64-6402287d4684	69	1	6302203
P68100015024	P0	2024-10-08	template:a203c2bb-bbe8-5128-81d1-92f84effad59	69	3	6302203
67119000332	D0	2024-11-26	template:c723ac17-987a-52bd-af7d-8f83aa15175c	71	3	6302203
67119000333	B0	2024-11-26	template:c362eb00-6487-522f-b015-2dda0ad2473d	71	0	6302203
67119000333	15	2024-11-26	file:3b1b321135085427b54a51e17aa094cc	71	1	6302203
67119000333	D0	2024-11-26	template:eeaebe91-12d8-5634-8703-cb3fe138bd1d	71	2	6302203
67119000341	D0	2024-11-26	template:672be329-fb22-5a8d-bb6a-a8af434ee32d	71	4	6302203
67119000355	W0	2024-11-26	template:ee4fb5d0-4352-5b11-8527-239cbb478a17	71	5	6302203
67119000332	D2	2025-01-14	template:fca6b989-16a9-564c-989a-dce174d18d4c	73	1	6302203
67119000333	W0	2025-01-14	template:daebeaca-54de-56ca-857f-4f9036dbb861	73	0	6302203
67119000341	W2	2025-01-14	legacy:67119000341:W2:A	73	4	6302203
68019000012	W0	2025-01-14	template:3b4e4723-a43b-5e13-8a31-dccfa4a79793	73	2	6302203
68019000015	W0	2025-01-14	file:6e608bec790a504eba88c5faa247df71	73	3	6302203
67119000355	W2	2025-03-20	template:efd0915b-766b-595b-bc16-e41a0b0fb363	75	2	6302203
68019000012	W1	2025-03-20	template:04152a09-9b37-5664-9577-9412d00124c7	75	1	6302203
68039000101	D1	2025-03-20	template:6abe1948-1bb5-597f-a9cd-f59946497dfd	75	0	6302203
68039000117	D0	2025-03-20	template:28bfd012-21ec-5cc9-8d8f-a685fbc7b110	75	3	6302203
68039000120	D0	2025-03-20	template:00101bc6-ccec-55ac-9c0d-8163ef7003d6	75	4	6302203
68099000001	W0	2025-09-25	template:98f5ec0c-3b2e-553b-84aa-d3b4f90d0cb6	77	0	6302203
68099000002	W0	2025-09-25	template:5192246e-86ad-55c0-a3ac-6035df8efcb3	77	1	6302203
68099000003	W0	2025-09-25	template:bcbaca56-6b74-5840-9c9e-7636cb732692	77	2	6302203
68099000004	W0	2025-09-25	template:2c455a95-0843-5b5b-9224-c773df015793	77	3	6302203
68099000005	W0	2025-09-25	template:5082ec4b-d040-5b3a-95b6-322c51a60df3	77	4	6302203
68099000006	W0	2025-09-25	template:bf525c4b-0892-5351-b3e3-13bad3c7e8c8	77	5	6302203
68099000007	W0	2025-09-25	template:e33c5aa0-b62f-51ef-8594-fd4945bfdf3c	77	6	6302203
68099000008	W0	2025-09-25	template:cb7b5af2-80f5-5d7f-9169-e66ac3a17fc1	77	7	6302203
68099000009	W0	2025-09-25	template:694a0299-b9bf-50c2-927d-a17c5b16fb19	77	8	6302203
68099000010	W0	2025-09-25	template:e4f27a06-3311-5fcf-965e-bec726720afa	77	9	6302203
68099000011	W0	2025-09-25	template:0e1b5362-25fa-5d23-a066-ef54fee98daf	77	10	6302203
68099000012	W0	2025-09-25	template:8e1a71b7-8135-5780-b3bf-fe279f4ba57c	77	11	6302203
68099000013	W0	2025-09-25	template:a8cdcd2a-b6fd-5cd9-b7d4-145fa0b82cef	77	12	6302203
68099000014	W0	2025-09-25	template:8d24e3ef-2507-58c0-94e1-ad74d32a5ab2	77	13	6302203
68099000015	W0	2025-09-25	template:f7b40d1c-82ca-5ba2-96ab-1f89a0010ee8	77	14	6302203
68099000016	W0	2025-09-25	template:2a36e28f-7927-55da-a679-1922f7a7dc9b	77	15	6302203
68099000017	W0	2025-09-25	template:58cec44f-d5c2-534f-9d36-30ae495c5c72	77	16	6302203
68099000018	W0	2025-09-25	template:2eac5e23-db85-5e40-b8cd-9ffe23d1ec0f	77	17	6302203
68099000019	W0	2025-09-25	template:99c32d26-117b-5536-b27a-8043afb1c1d4	77	18	6302203
68099000020	W0	2025-09-25	template:f05c7afc-191a-5732-8c81-bddd0ee34fbd	77	19	6302203
\.


--
-- Data for Name: procurement_bidders; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.procurement_bidders (project_id, name_key, bidder_name, bidder_tax_id, sequence, "position", agency) FROM stdin;
67119000333	name:รุ่งเรืองการโยธา	ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา	\N	95	0	6302203
67119000333	name:นราก่อสร้าง	บริษัท นราก่อสร้าง จำกัด	\N	95	1	6302203
67119000333	name:ตากใบพัฒนา	ห้างหุ้นส่วนจำกัด ตากใบพัฒนา	\N	95	2	6302203
67119000332	name:ตากใบคลีนนิ่งเซอร์วิส	บริษัท ตากใบคลีนนิ่ง เซอร์วิส จำกัด	\N	96	0	6302203
\.


--
-- Data for Name: procurement_contracts; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.procurement_contracts (project_id, contract_key, contract_number, winner_name, winner_name_key, winner_tax_id, tax_id_reading, signed, finishes, amount_satang, agreed_satang, status, source, sequence, agency) FROM stdin;
67119000333	no:12/2568	12/2568	ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา	รุ่งเรืองการโยธา	0963550000121	valid	2025-01-28	2025-07-27	244800000	244800000	อยู่ระหว่างดำเนินการ	data.go.th-csv	79	6302203
67119000332	no:15/2568	15/2568	บริษัท ตากใบคลีนนิ่ง เซอร์วิส จำกัด	ตากใบคลีนนิ่งเซอร์วิส	\N	scientific-notation	2025-02-10	2025-09-30	71280000	71280000	อยู่ระหว่างดำเนินการ	data.go.th-csv	80	6302203
67119000341	no:9/2568	9/2568	บริษัท นราปิโตรเลียม จำกัด	นราปิโตรเลียม	0965550003424	valid	2025-01-20	2025-09-30	94950000	94950000	อยู่ระหว่างดำเนินการ	data.go.th-csv	81	6302203
67119000355	no:ใบสั่งซื้อ 31/2568	ใบสั่งซื้อ 31/2568	ร้านตากใบเครื่องเขียน	ร้านตากใบเครื่องเขียน	3960500123451	valid	2024-12-02	2024-12-16	4875000	4875000	สิ้นสุดสัญญา	data.go.th-csv	82	6302203
68019000015	no:18/2568	18/2568	มหาวิทยาลัยนราธิวาสราชนครินทร์	มหาวิทยาลัยนราธิวาสราชนครินทร์	0994000212348	valid	2025-02-03	2025-06-30	9500000	9500000	อยู่ระหว่างดำเนินการ	data.go.th-csv	84	6302203
68099000001	no:141/2568	141/2568	บริษัท ตากใบวัสดุภัณฑ์ จำกัด	ตากใบวัสดุภัณฑ์	0965560001238	valid	2025-09-26	2025-10-10	49850000	49850000	อยู่ระหว่างดำเนินการ	data.go.th-csv	85	6302203
68099000002	no:142/2568	142/2568	ร้านเจ๊ะเหการไฟฟ้า	ร้านเจ๊ะเหการไฟฟ้า	3960500234562	valid	2025-09-26	2025-10-10	4560000	4560000	อยู่ระหว่างดำเนินการ	data.go.th-csv	86	6302203
68099000004	no:144/2568	144/2568	อู่ช่างหมัดการช่าง	อู่ช่างหมัดการช่าง	3960500345674	valid	2025-09-26	2025-10-10	8650000	8650000	อยู่ระหว่างดำเนินการ	data.go.th-csv	87	6302203
68099000005	no:145/2568	145/2568	บริษัท ตากใบวัสดุภัณฑ์ จำกัด	ตากใบวัสดุภัณฑ์	0965560001238	valid	2025-09-26	2025-10-10	49780000	49780000	อยู่ระหว่างดำเนินการ	data.go.th-csv	88	6302203
68099000007	no:147/2568	147/2568	บริษัท ตากใบวัสดุภัณฑ์ จำกัด	ตากใบวัสดุภัณฑ์	0965560001238	valid	2025-09-26	2025-10-10	49990000	49990000	อยู่ระหว่างดำเนินการ	data.go.th-csv	89	6302203
68099000010	no:150/2568	150/2568	ร้านน้ำดื่มตากใบ	ร้านน้ำดื่มตากใบ	3960500456786	valid	2025-09-26	2025-10-10	1200000	1200000	อยู่ระหว่างดำเนินการ	data.go.th-csv	90	6302203
68099000013	no:153/2568	153/2568	บริษัท ตากใบวัสดุภัณฑ์ จำกัด	ตากใบวัสดุภัณฑ์	0965560001238	valid	2025-09-26	2025-10-10	49600000	49600000	อยู่ระหว่างดำเนินการ	data.go.th-csv	91	6302203
68099000016	no:156/2568	156/2568	ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา	รุ่งเรืองการโยธา	0963550000121	valid	2025-09-26	2025-10-10	48000000	48000000	อยู่ระหว่างดำเนินการ	data.go.th-csv	92	6302203
68099000017	no:157/2568	157/2568	บริษัท ตากใบวัสดุภัณฑ์ จำกัด	ตากใบวัสดุภัณฑ์	0965560001238	valid	2025-09-26	2025-10-10	49920000	49920000	อยู่ระหว่างดำเนินการ	data.go.th-csv	93	6302203
\.


--
-- Data for Name: procurement_departments; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.procurement_departments (department_id, name, agency) FROM stdin;
\.


--
-- Data for Name: procurement_fingerprints; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.procurement_fingerprints (project_id, fingerprint, agency) FROM stdin;
M68100015023	1610211806908447633	6302203
P68100015021	-7302309077290982368	6302203
P68100015022	-2525678588281677337	6302203
P68100015024	8354652665194278835	6302203
67119000332	-427384546573214260	6302203
67119000333	-536843602585406549	6302203
67119000333	4353839591574867913	6302203
67119000333	4576361080347540795	6302203
67119000341	-3826334089068673605	6302203
67119000355	-4605961471985166760	6302203
67119000332	-3804367803210186295	6302203
67119000333	5590158159873349291	6302203
67119000341	6549601477423226167	6302203
68019000012	-7390417683199055007	6302203
68019000015	8477442281011700364	6302203
67119000355	-158731111722767236	6302203
68019000012	-6286648020702204375	6302203
68039000101	-275554446191520228	6302203
68039000117	6664698635451473660	6302203
68039000120	1051782267309842565	6302203
68099000001	864096750561955354	6302203
68099000002	-8012941570079561881	6302203
68099000003	7116649418859754462	6302203
68099000004	-4492999099841894400	6302203
68099000005	-5463452994966071144	6302203
68099000006	4987953840932696105	6302203
68099000007	-935692526827967058	6302203
68099000008	6400444737593121700	6302203
68099000009	-1309302567716027267	6302203
68099000010	482705665327041940	6302203
68099000011	-5648137032905200293	6302203
68099000012	9179604960359272478	6302203
68099000013	5452216366345459103	6302203
68099000014	1363052925315272510	6302203
68099000015	-5365821687404966346	6302203
68099000016	7958902216528632654	6302203
68099000017	7964653754865893495	6302203
68099000018	1115242531552642542	6302203
68099000019	1930117019342652348	6302203
68099000020	-786936701219031921	6302203
\.


--
-- Data for Name: procurement_imports; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.procurement_imports (sequence, kind, file, sha256, department_id, recorded_at, actor, record, agency) FROM stdin;
70	feed	Imports/examples/takbai-6960501-2024-10-08-plan.xml	ee26b4340e45904179a3194b9be7189bb8408bd97fdc2b9fb3c4b726636d572b	6960501	1796589155926480	anan	{"announcements":4,"bytes":2326,"countByDay":5,"declaredEncoding":"windows-874","departmentID":"6960501","encoding":"windows874Declared","file":"Imports/examples/takbai-6960501-2024-10-08-plan.xml","gzip":false,"itemsRead":5,"rejected":0,"sha256":"ee26b4340e45904179a3194b9be7189bb8408bd97fdc2b9fb3c4b726636d572b","truncatedPage":false,"warnings":1,"withoutID":1}	6302203
72	feed	Imports/examples/takbai-6960501-2024-11-26.xml	20fa325a9356e4249801a4b968c83943700ec346b8f39be2a3078cfcd5a744f9	6960501	1796589155967368	anan	{"announcements":6,"bytes":3352,"countByDay":6,"declaredEncoding":"windows-874","departmentID":"6960501","encoding":"windows874Declared","file":"Imports/examples/takbai-6960501-2024-11-26.xml","gzip":false,"itemsRead":6,"rejected":0,"sha256":"20fa325a9356e4249801a4b968c83943700ec346b8f39be2a3078cfcd5a744f9","truncatedPage":false,"warnings":0,"withoutID":0}	6302203
74	feed	Imports/examples/takbai-6960501-2025-01-14-utf8.xml	18bb65f37a64e090087622b3b13a817faae646d91aa03c886a81f1fe1290b76e	6960501	1796589155984724	anan	{"announcements":5,"bytes":4492,"countByDay":5,"declaredEncoding":"UTF-8","departmentID":"6960501","encoding":"utf8","file":"Imports/examples/takbai-6960501-2025-01-14-utf8.xml","gzip":false,"itemsRead":5,"rejected":0,"sha256":"18bb65f37a64e090087622b3b13a817faae646d91aa03c886a81f1fe1290b76e","truncatedPage":false,"warnings":0,"withoutID":0}	6302203
76	feed	Imports/examples/takbai-6960501-2025-03-20.xml.gz	75643a7ee7812bd6549613d59a5d02552b59f03679bc22f43628fddab67ba4cc	6960501	1796589155994712	anan	{"announcements":5,"bytes":990,"countByDay":5,"declaredEncoding":"windows-874","departmentID":"6960501","encoding":"windows874Declared","file":"Imports/examples/takbai-6960501-2025-03-20.xml.gz","gzip":true,"itemsRead":5,"rejected":0,"sha256":"75643a7ee7812bd6549613d59a5d02552b59f03679bc22f43628fddab67ba4cc","truncatedPage":false,"warnings":0,"withoutID":0}	6302203
78	feed	Imports/examples/takbai-6960501-2025-09-25-page1.xml	502a03d64566a1412befa557a5717114e068c108109078647b086ba2d0606fe1	6960501	1796589156004966	anan	{"announcements":20,"bytes":9282,"countByDay":27,"declaredEncoding":"windows-874","departmentID":"6960501","encoding":"windows874Declared","file":"Imports/examples/takbai-6960501-2025-09-25-page1.xml","gzip":false,"itemsRead":20,"rejected":0,"sha256":"502a03d64566a1412befa557a5717114e068c108109078647b086ba2d0606fe1","truncatedPage":true,"warnings":1,"withoutID":0}	6302203
94	contracts	Imports/examples/takbai-contracts-2568.csv	dbea2144ba53cfbfe35fa41143b8a79ba5c99a11132f2fd9054ac2ead2096f6c	\N	1796589156123032	anan	{"bytes":12229,"file":"Imports/examples/takbai-contracts-2568.csv","invalidTaxIDs":0,"records":15,"rowsRead":15,"scientificTaxIDs":1,"sha256":"dbea2144ba53cfbfe35fa41143b8a79ba5c99a11132f2fd9054ac2ead2096f6c","source":"data.go.th-csv","withoutContract":1}	6302203
97	contracts	Imports/examples/takbai-cost-bidders-2568.csv	169c34de02559f8ced0e2ca84707f14d3ac1f6276c22933db5a34094999b1d6c	\N	1796589156431931	anan	{"bytes":649,"file":"Imports/examples/takbai-cost-bidders-2568.csv","invalidTaxIDs":0,"records":2,"rowsRead":4,"scientificTaxIDs":0,"sha256":"169c34de02559f8ced0e2ca84707f14d3ac1f6276c22933db5a34094999b1d6c","source":"cost-bidders-csv","withoutContract":0}	6302203
\.


--
-- Data for Name: procurement_projects; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.procurement_projects (project_id, kind, department_id, department_name, fiscal_year, feed_fiscal_year, contract_fiscal_year, feed_title, feed_title_published, contract_title, feed_method, feed_method_published, contract_method, first_published, last_published, announcement_count, budget_satang, reference_price_satang, agreed_price_satang, contract_records, agency) FROM stdin;
M68100015023	plan	6960501	\N	2568	2568	\N	จ้างเหมาบริการเก็บขนขยะมูลฝอย ภายในเขตเทศบาลเมืองตากใบ ระยะเวลา ๑๒ เดือน	2024-10-08	\N	\N	\N	\N	2024-10-08	2024-10-08	1	\N	\N	\N	0	6302203
P68100015021	plan	6960501	\N	2568	2568	\N	จัดซื้อวัสดุสำนักงาน สำนักปลัดเทศบาล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘	2024-10-08	\N	\N	\N	\N	2024-10-08	2024-10-08	1	\N	\N	\N	0	6302203
P68100015022	plan	6960501	\N	2568	2568	\N	โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยประชาร่วมใจ ชุมชนตลาดเก่า ตำบลเจ๊ะเห	2024-10-08	\N	\N	\N	\N	2024-10-08	2024-10-08	1	\N	\N	\N	0	6302203
P68100015024	plan	6960501	\N	2568	2568	\N	จัดซื้ออาหารเสริม (นม) โรงเรียน ภาคเรียนที่ ๒/๒๕๖๗	2024-10-08	\N	\N	\N	\N	2024-10-08	2024-10-08	1	\N	\N	\N	0	6302203
68039000101	project	6960501	\N	2568	2568	\N	ยกเลิกประกาศเชิญชวน ประกวดราคาซื้อรถบรรทุกขยะ ขนาด ๖ ตัน ๖ ล้อ แบบอัดท้าย จำนวน ๑ คัน	2025-03-20	\N	e-bidding	2025-03-20	\N	2025-03-20	2025-03-20	1	\N	\N	\N	0	6302203
68039000117	project	6960501	\N	2568	2568	\N	จ้างออกแบบอาคารตลาดสดเทศบาลเมืองตากใบ (หลังใหม่) โดยวิธีคัดเลือก	2025-03-20	\N	design/selection	2025-03-20	\N	2025-03-20	2025-03-20	1	\N	\N	\N	0	6302203
68039000120	project	6960501	\N	2568	2568	\N	สอบราคาจ้างปรับปรุงภูมิทัศน์สวนสาธารณะริมแม่น้ำตากใบ	2025-03-20	\N	price-inquiry	2025-03-20	\N	2025-03-20	2025-03-20	1	\N	\N	\N	0	6302203
67119000333	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านโคกสยา หมู่ที่ ๓ ตำบลเจ๊ะเห ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)	2025-01-14	ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านโคกสยา หมู่ที่ ๓ ตำบลเจ๊ะเห	e-bidding	2025-01-14	e-bidding	2024-11-26	2025-01-14	4	250000000	245600000	244800000	1	6302203
67119000332	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	ประกวดราคาจ้างทำความสะอาดสำนักงาน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)	2024-11-26	ประกวดราคาจ้างทำความสะอาดสำนักงาน	e-bidding	2025-01-14	e-bidding	2024-11-26	2025-01-14	2	72000000	71500000	71280000	1	6302203
67119000341	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	เปลี่ยนแปลงประกาศผู้ชนะการเสนอราคา ซื้อวัสดุเชื้อเพลิงและหล่อลื่น (น้ำมันดีเซล)	2025-01-14	ซื้อวัสดุเชื้อเพลิงและหล่อลื่น (น้ำมันดีเซล) จำนวน ๓๐,๐๐๐ ลิตร	e-market	2025-01-14	e-market	2024-11-26	2025-01-14	2	96000000	95400000	94950000	1	6302203
68099000003	project	6960501	\N	2568	2568	\N	ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุงานบ้านงานครัว สำนักปลัด โดยวิธีเฉพาะเจาะจง	2025-09-25	\N	specific	2025-09-25	\N	2025-09-25	2025-09-25	1	\N	\N	\N	0	6302203
68099000006	project	6960501	\N	2568	2568	\N	ประกาศผู้ชนะการเสนอราคา จ้างเหมาจัดทำป้ายประชาสัมพันธ์ โครงการวันเทศบาล โดยวิธีเฉพาะเจาะจง	2025-09-25	\N	specific	2025-09-25	\N	2025-09-25	2025-09-25	1	\N	\N	\N	0	6302203
68099000008	project	6960501	\N	2568	2568	\N	ประกาศผู้ชนะการเสนอราคา จ้างเหมาบริการรถยนต์โดยสารปรับอากาศ จำนวน ๒ คัน โดยวิธีเฉพาะเจาะจง	2025-09-25	\N	specific	2025-09-25	\N	2025-09-25	2025-09-25	1	\N	\N	\N	0	6302203
68099000009	project	6960501	\N	2568	2568	\N	ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุวิทยาศาสตร์หรือการแพทย์ กองสาธารณสุข โดยวิธีเฉพาะเจาะจง	2025-09-25	\N	specific	2025-09-25	\N	2025-09-25	2025-09-25	1	\N	\N	\N	0	6302203
68099000011	project	6960501	\N	2568	2568	\N	ประกาศผู้ชนะการเสนอราคา จ้างเหมาซ่อมแซมเครื่องปรับอากาศ จำนวน ๖ เครื่อง โดยวิธีเฉพาะเจาะจง	2025-09-25	\N	specific	2025-09-25	\N	2025-09-25	2025-09-25	1	\N	\N	\N	0	6302203
68099000012	project	6960501	\N	2568	2568	\N	ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุกีฬา โครงการแข่งขันกีฬาชุมชน โดยวิธีเฉพาะเจาะจง	2025-09-25	\N	specific	2025-09-25	\N	2025-09-25	2025-09-25	1	\N	\N	\N	0	6302203
68099000014	project	6960501	\N	2568	2568	\N	ประกาศผู้ชนะการเสนอราคา จ้างเหมาตัดหญ้าและดูแลสวนหย่อม ระยะเวลา ๓ เดือน โดยวิธีเฉพาะเจาะจง	2025-09-25	\N	specific	2025-09-25	\N	2025-09-25	2025-09-25	1	\N	\N	\N	0	6302203
68099000015	project	6960501	\N	2568	2568	\N	ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุเครื่องแต่งกาย อปพร. โดยวิธีเฉพาะเจาะจง	2025-09-25	\N	specific	2025-09-25	\N	2025-09-25	2025-09-25	1	\N	\N	\N	0	6302203
68099000018	project	6960501	\N	2568	2568	\N	ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์เอกสารรายงานประจำปี ๒๕๖๘ โดยวิธีเฉพาะเจาะจง	2025-09-25	\N	specific	2025-09-25	\N	2025-09-25	2025-09-25	1	\N	\N	\N	0	6302203
68099000019	project	6960501	\N	2568	2568	\N	ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุการเกษตร โครงการคัดแยกขยะ โดยวิธีเฉพาะเจาะจง	2025-09-25	\N	specific	2025-09-25	\N	2025-09-25	2025-09-25	1	\N	\N	\N	0	6302203
68099000020	project	6960501	\N	2568	2568	\N	ประกาศผู้ชนะการเสนอราคา จ้างเหมาซ่อมแซมระบบประปาหมู่บ้าน โดยวิธีเฉพาะเจาะจง	2025-09-25	\N	specific	2025-09-25	\N	2025-09-25	2025-09-25	1	\N	\N	\N	0	6302203
67119000355	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	เปลี่ยนแปลงประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน (กองคลัง) จำนวน ๑๕ รายการ	2025-03-20	ซื้อวัสดุสำนักงาน (กองคลัง) จำนวน ๑๕ รายการ	specific	2025-03-20	specific	2024-11-26	2025-03-20	2	5000000	4920000	4875000	1	6302203
68019000012	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	ยกเลิกประกาศผู้ได้รับการคัดเลือก จ้างเหมาซ่อมแซมอาคารศูนย์พัฒนาเด็กเล็กเทศบาลเมืองตากใบ	2025-03-20	จ้างเหมาซ่อมแซมอาคารศูนย์พัฒนาเด็กเล็กเทศบาลเมืองตากใบ	selection	2025-03-20	selection	2025-01-14	2025-03-20	2	120000000	118500000	\N	1	6302203
68019000015	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	จ้างที่ปรึกษาสำรวจความพึงพอใจของผู้รับบริการ ประจำปีงบประมาณ ๒๕๖๘ โดยวิธีเฉพาะเจาะจง	2025-01-14	จ้างที่ปรึกษาสำรวจความพึงพอใจของผู้รับบริการ ประจำปีงบประมาณ ๒๕๖๘	consulting/specific	2025-01-14	consulting/specific	2025-01-14	2025-01-14	1	10000000	10000000	9500000	1	6302203
68099000001	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน กองการศึกษา โดยวิธีเฉพาะเจาะจง	2025-09-25	ซื้อวัสดุสำนักงาน กองการศึกษา	specific	2025-09-25	specific	2025-09-25	2025-09-25	1	49900000	49900000	49850000	1	6302203
68099000002	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุไฟฟ้าและวิทยุ กองช่าง โดยวิธีเฉพาะเจาะจง	2025-09-25	ซื้อวัสดุไฟฟ้าและวิทยุ กองช่าง	specific	2025-09-25	specific	2025-09-25	2025-09-25	1	4600000	4600000	4560000	1	6302203
68099000004	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	ประกาศผู้ชนะการเสนอราคา จ้างเหมาซ่อมแซมรถบรรทุกขยะ หมายเลขทะเบียน ๘๑-๔๕๖๗ นราธิวาส โดยวิธีเฉพาะเจาะจง	2025-09-25	จ้างเหมาซ่อมแซมรถบรรทุกขยะ หมายเลขทะเบียน ๘๑-๔๕๖๗ นราธิวาส	specific	2025-09-25	specific	2025-09-25	2025-09-25	1	8700000	8700000	8650000	1	6302203
68099000005	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุคอมพิวเตอร์ กองคลัง โดยวิธีเฉพาะเจาะจง	2025-09-25	ซื้อวัสดุคอมพิวเตอร์ กองคลัง	specific	2025-09-25	specific	2025-09-25	2025-09-25	1	49800000	49800000	49780000	1	6302203
68099000007	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุก่อสร้าง ซ่อมแซมท่อระบายน้ำ ชุมชนบ้านเจ๊ะเห โดยวิธีเฉพาะเจาะจง	2025-09-25	ซื้อวัสดุก่อสร้าง ซ่อมแซมท่อระบายน้ำ ชุมชนบ้านเจ๊ะเห	specific	2025-09-25	specific	2025-09-25	2025-09-25	1	49990000	49990000	49990000	1	6302203
68099000010	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	ประกาศผู้ชนะการเสนอราคา ซื้อน้ำดื่มสำหรับบริการประชาชน โดยวิธีเฉพาะเจาะจง	2025-09-25	ซื้อน้ำดื่มสำหรับบริการประชาชน	specific	2025-09-25	specific	2025-09-25	2025-09-25	1	1200000	1200000	1200000	1	6302203
68099000013	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	ประกาศผู้ชนะการเสนอราคา ซื้อครุภัณฑ์สำนักงาน (ตู้เหล็กเก็บเอกสาร) จำนวน ๔ ตู้ โดยวิธีเฉพาะเจาะจง	2025-09-25	ซื้อครุภัณฑ์สำนักงาน (ตู้เหล็กเก็บเอกสาร) จำนวน ๔ ตู้	specific	2025-09-25	specific	2025-09-25	2025-09-25	1	49700000	49700000	49600000	1	6302203
68099000016	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	ประกาศผู้ชนะการเสนอราคา จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ที่ ๕ บ้านโคกสยา โดยวิธีเฉพาะเจาะจง	2025-09-25	จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ที่ ๕ บ้านโคกสยา	specific	2025-09-25	specific	2025-09-25	2025-09-25	1	48100000	48100000	48000000	1	6302203
68099000017	project	6960501	เทศบาลเมืองตากใบ	2568	2568	2568	ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุยานพาหนะและขนส่ง (ยางรถยนต์) จำนวน ๘ เส้น โดยวิธีเฉพาะเจาะจง	2025-09-25	ซื้อวัสดุยานพาหนะและขนส่ง (ยางรถยนต์) จำนวน ๘ เส้น	specific	2025-09-25	specific	2025-09-25	2025-09-25	1	49950000	49950000	49920000	1	6302203
\.


--
-- Data for Name: projection_checkpoints; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.projection_checkpoints (name, version, sequence) FROM stdin;
store_profile	1	126
agency_directory	1	126
risk_register	1	126
coi_register	1	126
gift_log	1	126
audit_plans	1	126
ita	1	126
procurement	7	126
red_flags	1	126
\.


--
-- Data for Name: red_flag_projects; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.red_flag_projects (flag_id, project_id, agency) FROM stdin;
RF-2568-0001	68099000001	6302203
RF-2568-0001	68099000005	6302203
RF-2568-0001	68099000007	6302203
RF-2568-0001	68099000013	6302203
RF-2568-0001	68099000017	6302203
RF-2568-0002	68099000001	6302203
RF-2568-0002	68099000005	6302203
RF-2568-0002	68099000007	6302203
RF-2568-0002	68099000013	6302203
RF-2568-0002	68099000016	6302203
RF-2568-0002	68099000017	6302203
RF-2568-0003	68099000001	6302203
RF-2568-0003	68099000002	6302203
RF-2568-0003	68099000004	6302203
RF-2568-0003	68099000005	6302203
RF-2568-0003	68099000007	6302203
RF-2568-0003	68099000010	6302203
RF-2568-0003	68099000013	6302203
RF-2568-0003	68099000016	6302203
RF-2568-0003	68099000017	6302203
RF-2568-0004	68099000001	6302203
RF-2568-0004	68099000005	6302203
RF-2568-0004	68099000007	6302203
RF-2568-0004	68099000013	6302203
RF-2568-0004	68099000017	6302203
RF-2568-0005	67119000332	6302203
RF-2568-0006	67119000333	6302203
RF-2568-0007	67119000341	6302203
RF-2568-0008	67119000332	6302203
RF-2568-0009	67119000333	6302203
RF-2568-0010	67119000333	6302203
RF-2568-0011	67119000333	6302203
RF-2568-0012	67119000333	6302203
RF-2568-0013	67119000333	6302203
\.


--
-- Data for Name: red_flags; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.red_flags (flag_id, fiscal_year, number, identity, indicator, department_id, unit, supplier_name, supplier_tax_id, project_count, names_people, evidence, evidence_digest, config_version, raised_at, revisions, status, dismissed_reason, risk_id, audit_subject, stream_version, agency) FROM stdin;
RF-2568-0001	2568	1	split-window|6960501|tax:0965560001238|2568	split-window	6960501	\N	บริษัท ตากใบวัสดุภัณฑ์ จำกัด	0965560001238	5	0	{"cutOff":{"basis":"configured","configurationVersion":1,"setting":"splitting.limit","value":{"money":"500000.00"}},"declarations":[],"figures":[{"name":"total","value":{"money":"2491400.00"}},{"name":"count","value":{"count":5}},{"name":"largest","value":{"money":"499900.00"}},{"name":"first-day","value":{"date":"2025-09-25"}},{"name":"last-day","value":{"date":"2025-09-25"}},{"name":"days","value":{"days":0}},{"name":"window-days","value":{"days":90}}],"gifts":[],"omittedProjects":0,"people":[],"projects":[{"amount":"498500.00","awarded":"2025-09-25","budget":"499000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000001","referencePrice":"499000.00","title":"ซื้อวัสดุสำนักงาน กองการศึกษา","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"497800.00","awarded":"2025-09-25","budget":"498000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000005","referencePrice":"498000.00","title":"ซื้อวัสดุคอมพิวเตอร์ กองคลัง","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"499900.00","awarded":"2025-09-25","budget":"499900.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000007","referencePrice":"499900.00","title":"ซื้อวัสดุก่อสร้าง ซ่อมแซมท่อระบายน้ำ ชุมชนบ้านเจ๊ะเห","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"496000.00","awarded":"2025-09-25","budget":"497000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000013","referencePrice":"497000.00","title":"ซื้อครุภัณฑ์สำนักงาน (ตู้เหล็กเก็บเอกสาร) จำนวน ๔ ตู้","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"499200.00","awarded":"2025-09-25","budget":"499500.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000017","referencePrice":"499500.00","title":"ซื้อวัสดุยานพาหนะและขนส่ง (ยางรถยนต์) จำนวน ๘ เส้น","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]}],"supplier":{"name":"บริษัท ตากใบวัสดุภัณฑ์ จำกัด","taxID":"0965560001238"}}	2dea4d2e5a5c193e	1	1796589156811860	0	open	\N	\N	\N	1	6302203
RF-2568-0002	2568	2	bunching|6960501|2568|500000.00	bunching	6960501	\N	\N	\N	6	0	{"cutOff":{"basis":"floor","configurationVersion":1,"setting":"bunching.floor_ratio","value":{"ratio":2}},"declarations":[],"figures":[{"name":"threshold","value":{"money":"500000.00"}},{"name":"band-from","value":{"money":"450000.00"}},{"name":"in-band","value":{"count":6}},{"name":"below-band","value":{"count":0}},{"name":"ratio","value":{"ratio":6}},{"name":"count","value":{"count":10}}],"gifts":[],"omittedProjects":0,"people":[],"projects":[{"amount":"498500.00","awarded":"2025-09-25","budget":"499000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000001","referencePrice":"499000.00","title":"ซื้อวัสดุสำนักงาน กองการศึกษา","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"497800.00","awarded":"2025-09-25","budget":"498000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000005","referencePrice":"498000.00","title":"ซื้อวัสดุคอมพิวเตอร์ กองคลัง","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"499900.00","awarded":"2025-09-25","budget":"499900.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000007","referencePrice":"499900.00","title":"ซื้อวัสดุก่อสร้าง ซ่อมแซมท่อระบายน้ำ ชุมชนบ้านเจ๊ะเห","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"496000.00","awarded":"2025-09-25","budget":"497000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000013","referencePrice":"497000.00","title":"ซื้อครุภัณฑ์สำนักงาน (ตู้เหล็กเก็บเอกสาร) จำนวน ๔ ตู้","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"480000.00","awarded":"2025-09-25","budget":"481000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000016","referencePrice":"481000.00","title":"จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ที่ ๕ บ้านโคกสยา","winners":["ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา"]},{"amount":"499200.00","awarded":"2025-09-25","budget":"499500.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000017","referencePrice":"499500.00","title":"ซื้อวัสดุยานพาหนะและขนส่ง (ยางรถยนต์) จำนวน ๘ เส้น","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]}]}	711bd98a73fa5691	1	1796589156811860	0	open	\N	\N	\N	1	6302203
RF-2568-0003	2568	3	year-end|6960501|2568	year-end	6960501	\N	\N	\N	9	0	{"cutOff":{"basis":"floor","configurationVersion":1,"setting":"year_end.floor_ratio","value":{"ratio":3}},"declarations":[],"figures":[{"name":"september-spending","value":{"money":"3115500.00"}},{"name":"total","value":{"money":"3164250.00"}},{"name":"share","value":{"share":0.984594}},{"name":"other-monthly-average","value":{"money":"4431.82"}},{"name":"count","value":{"count":9}},{"name":"ratio","value":{"ratio":702.984615}}],"gifts":[],"omittedProjects":0,"people":[],"projects":[{"amount":"498500.00","awarded":"2025-09-25","budget":"499000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000001","referencePrice":"499000.00","title":"ซื้อวัสดุสำนักงาน กองการศึกษา","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"45600.00","awarded":"2025-09-25","budget":"46000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000002","referencePrice":"46000.00","title":"ซื้อวัสดุไฟฟ้าและวิทยุ กองช่าง","winners":["ร้านเจ๊ะเหการไฟฟ้า"]},{"amount":"86500.00","awarded":"2025-09-25","budget":"87000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000004","referencePrice":"87000.00","title":"จ้างเหมาซ่อมแซมรถบรรทุกขยะ หมายเลขทะเบียน ๘๑-๔๕๖๗ นราธิวาส","winners":["อู่ช่างหมัดการช่าง"]},{"amount":"497800.00","awarded":"2025-09-25","budget":"498000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000005","referencePrice":"498000.00","title":"ซื้อวัสดุคอมพิวเตอร์ กองคลัง","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"499900.00","awarded":"2025-09-25","budget":"499900.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000007","referencePrice":"499900.00","title":"ซื้อวัสดุก่อสร้าง ซ่อมแซมท่อระบายน้ำ ชุมชนบ้านเจ๊ะเห","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"12000.00","awarded":"2025-09-25","budget":"12000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000010","referencePrice":"12000.00","title":"ซื้อน้ำดื่มสำหรับบริการประชาชน","winners":["ร้านน้ำดื่มตากใบ"]},{"amount":"496000.00","awarded":"2025-09-25","budget":"497000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000013","referencePrice":"497000.00","title":"ซื้อครุภัณฑ์สำนักงาน (ตู้เหล็กเก็บเอกสาร) จำนวน ๔ ตู้","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"480000.00","awarded":"2025-09-25","budget":"481000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000016","referencePrice":"481000.00","title":"จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ที่ ๕ บ้านโคกสยา","winners":["ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา"]},{"amount":"499200.00","awarded":"2025-09-25","budget":"499500.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000017","referencePrice":"499500.00","title":"ซื้อวัสดุยานพาหนะและขนส่ง (ยางรถยนต์) จำนวน ๘ เส้น","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]}]}	7f96d518516f6be2	1	1796589156811860	0	open	\N	\N	\N	1	6302203
RF-2568-0004	2568	4	repeat-winner|6960501|tax:0965560001238|2568	repeat-winner	6960501	\N	บริษัท ตากใบวัสดุภัณฑ์ จำกัด	0965560001238	5	0	{"cutOff":{"basis":"floor","configurationVersion":1,"setting":"concentration.floor_wins","statistics":{"multiplier":1.5,"population":"department-supplier-years","q1":1,"q3":1,"sample":9,"side":"upper"},"value":{"number":5}},"declarations":[],"figures":[{"name":"wins","value":{"count":5}},{"name":"department-awards","value":{"count":14}}],"gifts":[],"omittedProjects":0,"people":[],"projects":[{"amount":"498500.00","awarded":"2025-09-25","budget":"499000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000001","referencePrice":"499000.00","title":"ซื้อวัสดุสำนักงาน กองการศึกษา","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"497800.00","awarded":"2025-09-25","budget":"498000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000005","referencePrice":"498000.00","title":"ซื้อวัสดุคอมพิวเตอร์ กองคลัง","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"499900.00","awarded":"2025-09-25","budget":"499900.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000007","referencePrice":"499900.00","title":"ซื้อวัสดุก่อสร้าง ซ่อมแซมท่อระบายน้ำ ชุมชนบ้านเจ๊ะเห","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"496000.00","awarded":"2025-09-25","budget":"497000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000013","referencePrice":"497000.00","title":"ซื้อครุภัณฑ์สำนักงาน (ตู้เหล็กเก็บเอกสาร) จำนวน ๔ ตู้","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]},{"amount":"499200.00","awarded":"2025-09-25","budget":"499500.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"specific","projectID":"68099000017","referencePrice":"499500.00","title":"ซื้อวัสดุยานพาหนะและขนส่ง (ยางรถยนต์) จำนวน ๘ เส้น","winners":["บริษัท ตากใบวัสดุภัณฑ์ จำกัด"]}],"supplier":{"name":"บริษัท ตากใบวัสดุภัณฑ์ จำกัด","taxID":"0965560001238"}}	2dea4d2e5a5c193e	1	1796589156811860	0	open	\N	\N	\N	1	6302203
RF-2568-0005	2568	5	price-near-reference|67119000332	price-near-reference	6960501	\N	บริษัท ตากใบคลีนนิ่ง เซอร์วิส จำกัด	\N	1	0	{"cutOff":{"basis":"configured","configurationVersion":1,"setting":"price.near_reference","value":{"share":0.99}},"declarations":[],"figures":[{"name":"agreed","value":{"money":"712800.00"}},{"name":"reference","value":{"money":"715000.00"}},{"name":"share","value":{"share":0.996923}}],"gifts":[],"omittedProjects":0,"people":[],"projects":[{"amount":"712800.00","awarded":"2025-02-10","budget":"720000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"e-bidding","projectID":"67119000332","referencePrice":"715000.00","title":"ประกวดราคาจ้างทำความสะอาดสำนักงาน","winners":["บริษัท ตากใบคลีนนิ่ง เซอร์วิส จำกัด"]}],"supplier":{"name":"บริษัท ตากใบคลีนนิ่ง เซอร์วิส จำกัด"}}	82a303063102d77f	1	1796589156811860	0	open	\N	\N	\N	1	6302203
RF-2568-0006	2568	6	price-near-reference|67119000333	price-near-reference	6960501	\N	ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา	0963550000121	1	0	{"cutOff":{"basis":"configured","configurationVersion":1,"setting":"price.near_reference","value":{"share":0.99}},"declarations":[],"figures":[{"name":"agreed","value":{"money":"2448000.00"}},{"name":"reference","value":{"money":"2456000.00"}},{"name":"share","value":{"share":0.996743}}],"gifts":[],"omittedProjects":0,"people":[],"projects":[{"amount":"2448000.00","awarded":"2025-01-14","budget":"2500000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"e-bidding","projectID":"67119000333","referencePrice":"2456000.00","title":"ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านโคกสยา หมู่ที่ ๓ ตำบลเจ๊ะเห","winners":["ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา"]}],"supplier":{"name":"ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา","taxID":"0963550000121"}}	82a302063102d5cc	1	1796589156811860	0	open	\N	\N	\N	1	6302203
RF-2568-0007	2568	7	price-near-reference|67119000341	price-near-reference	6960501	\N	บริษัท นราปิโตรเลียม จำกัด	0965550003424	1	0	{"cutOff":{"basis":"configured","configurationVersion":1,"setting":"price.near_reference","value":{"share":0.99}},"declarations":[],"figures":[{"name":"agreed","value":{"money":"949500.00"}},{"name":"reference","value":{"money":"954000.00"}},{"name":"share","value":{"share":0.995283}}],"gifts":[],"omittedProjects":0,"people":[],"projects":[{"amount":"949500.00","awarded":"2025-01-20","budget":"960000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"e-market","projectID":"67119000341","referencePrice":"954000.00","title":"ซื้อวัสดุเชื้อเพลิงและหล่อลื่น (น้ำมันดีเซล) จำนวน ๓๐,๐๐๐ ลิตร","winners":["บริษัท นราปิโตรเลียม จำกัด"]}],"supplier":{"name":"บริษัท นราปิโตรเลียม จำกัด","taxID":"0965550003424"}}	8299140630fa9fdd	1	1796589156811860	0	open	\N	\N	\N	1	6302203
RF-2568-0008	2568	8	single-bidder|67119000332	single-bidder	6960501	\N	บริษัท ตากใบคลีนนิ่ง เซอร์วิส จำกัด	\N	1	0	{"declarations":[],"figures":[{"name":"bidders","value":{"count":1}}],"gifts":[],"omittedProjects":0,"people":[],"projects":[{"amount":"712800.00","awarded":"2025-02-10","budget":"720000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"e-bidding","projectID":"67119000332","referencePrice":"715000.00","title":"ประกวดราคาจ้างทำความสะอาดสำนักงาน","winners":["บริษัท ตากใบคลีนนิ่ง เซอร์วิส จำกัด"]}],"supplier":{"name":"บริษัท ตากใบคลีนนิ่ง เซอร์วิส จำกัด"}}	82a303063102d77f	1	1796589156811860	0	open	\N	\N	\N	1	6302203
RF-2568-0009	2568	9	coi-committee|67119000333|67119000333-e-bidding-member-rusdee	coi-committee	6960501	\N	ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา	0963550000121	1	1	{"declarations":[{"declarant":"rusdee","declarationID":"67119000333-e-bidding-member-rusdee","department":"ENG","detail":"พี่เขยเป็นหุ้นส่วนผู้จัดการ และห้างฯ ยื่นข้อเสนอในโครงการนี้","party":{"name":"ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา","taxID":"0963550000121"},"project":"67119000333","recused":true,"relationship":"relative"}],"figures":[],"gifts":[],"omittedProjects":0,"people":[{"capacity":"e-bidding-member","department":"ENG","staffID":"rusdee"}],"projects":[{"amount":"2448000.00","awarded":"2025-01-14","budget":"2500000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"e-bidding","projectID":"67119000333","referencePrice":"2456000.00","title":"ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านโคกสยา หมู่ที่ ๓ ตำบลเจ๊ะเห","winners":["ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา"]}],"supplier":{"name":"ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา","taxID":"0963550000121"}}	b2ba32ada7f010ab	1	1796589156811860	0	open	\N	\N	\N	1	6302203
RF-2568-0010	2568	10	undeclared-member|67119000333|fatimah	undeclared-member	6960501	\N	\N	\N	1	1	{"declarations":[],"figures":[],"gifts":[],"omittedProjects":0,"people":[{"capacity":"inspection-member","staffID":"fatimah"}],"projects":[{"amount":"2448000.00","awarded":"2025-01-14","budget":"2500000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"e-bidding","projectID":"67119000333","referencePrice":"2456000.00","title":"ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านโคกสยา หมู่ที่ ๓ ตำบลเจ๊ะเห","winners":["ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา"]}]}	8a98d43e384fea28	1	1796589156811860	0	open	\N	\N	\N	1	6302203
RF-2568-0011	2568	11	undeclared-member|67119000333|wanida	undeclared-member	6960501	\N	\N	\N	1	1	{"declarations":[],"figures":[],"gifts":[],"omittedProjects":0,"people":[{"capacity":"e-bidding-member","staffID":"wanida"}],"projects":[{"amount":"2448000.00","awarded":"2025-01-14","budget":"2500000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"e-bidding","projectID":"67119000333","referencePrice":"2456000.00","title":"ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านโคกสยา หมู่ที่ ๓ ตำบลเจ๊ะเห","winners":["ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา"]}]}	fad84a16d39497a2	1	1796589156811860	0	open	\N	\N	\N	1	6302203
RF-2568-0012	2568	12	committee-separation|67119000333|surachai	committee-separation	6960501	\N	\N	\N	1	1	{"declarations":[],"figures":[],"gifts":[],"omittedProjects":0,"people":[{"capacity":"e-bidding-chair, inspection-chair","staffID":"surachai"}],"projects":[{"amount":"2448000.00","awarded":"2025-01-14","budget":"2500000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"e-bidding","projectID":"67119000333","referencePrice":"2456000.00","title":"ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านโคกสยา หมู่ที่ ๓ ตำบลเจ๊ะเห","winners":["ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา"]}]}	c1aac137ff512464	1	1796589156811860	0	open	\N	\N	\N	1	6302203
RF-2568-0013	2568	13	gift-from-supplier|G-2568-003	gift-from-supplier	6960501	\N	ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา	0963550000121	1	1	{"cutOff":{"basis":"configured","configurationVersion":1,"setting":"gifts.window_days","value":{"days":180}},"declarations":[],"figures":[{"name":"gift-value","value":{"money":"8500.00"}},{"name":"gift-date","value":{"date":"2025-02-12"}},{"name":"projects","value":{"count":1}}],"gifts":[{"date":"2025-02-12","department":"ENG","description":"นาฬิกาข้อมือ","entryID":"G-2568-003","giver":{"name":"ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา","taxID":"0963550000121"},"occasion":"วันเกิด","recipient":"surachai","value":"8500.00"}],"omittedProjects":0,"people":[{"capacity":"e-bidding-chair, inspection-chair","department":"ENG","staffID":"surachai"}],"projects":[{"amount":"2448000.00","awarded":"2025-01-14","budget":"2500000.00","departmentID":"6960501","departmentName":"เทศบาลเมืองตากใบ","fiscalYear":2568,"method":"e-bidding","projectID":"67119000333","referencePrice":"2456000.00","title":"ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านศาลาใหม่ - บ้านโคกสยา หมู่ที่ ๓ ตำบลเจ๊ะเห","winners":["ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา"]}],"supplier":{"name":"ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา","taxID":"0963550000121"}}	d1dfd5fb68be4e87	1	1796589156811860	0	open	\N	\N	\N	1	6302203
\.


--
-- Data for Name: risk_measure_links; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.risk_measure_links (measure_id, risk_id, agency) FROM stdin;
M-2568-001	R-2568-001	6302203
M-2568-002	R-2568-001	6302203
M-2568-002	R-2568-002	6302203
M-2568-003	R-2568-003	6302203
M-2568-003	R-2568-007	6302203
M-2568-004	R-2568-004	6302203
M-2568-005	R-2568-005	6302203
M-2568-006	R-2568-006	6302203
\.


--
-- Data for Name: risk_measures; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.risk_measures (id, fiscal_year, title, owner, department, start_day, due_day, status, issue_area, questions, oit_items, agency) FROM stdin;
M-2568-001	2568	มาตรการป้องกันการแบ่งซื้อแบ่งจ้างและเผยแพร่แผนการจัดซื้อจัดจ้าง	กองคลัง (งานพัสดุ)	FIN	2024-10-01	2025-03-31	not-started	กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง	I7 I8 I9 I10 I11	O19 O20 O21 O22	6302203
M-2568-002	2568	โครงการป้องกันผลประโยชน์ทับซ้อนของเทศบาลเมืองตากใบ	งานนิติการ สำนักปลัดเทศบาล	CLERK	2024-10-01	2025-09-30	not-started	กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน	I25 I26	O34 O35	6302203
M-2568-003	2568	โครงการพัฒนาระบบการให้บริการประชาชนผ่านระบบอิเล็กทรอนิกส์ (E-service) สำหรับคำขออนุญาต	สำนักปลัดเทศบาล	CLERK	2024-10-01	2025-06-30	not-started	การให้บริการและระบบ E-service		O14 O15 O18	6302203
M-2568-004	2568	มาตรการการสร้างความโปร่งใสในการบริหารงานบุคคล	สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)	CLERK	2024-10-01	2024-12-31	not-started	กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล		O23 O24 O25	6302203
M-2568-005	2568	โครงการเสริมสร้างความโปร่งใสในการใช้ทรัพย์สินของทางราชการ	สำนักปลัดเทศบาล	CLERK	2024-11-01	2025-02-28	not-started	กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ	I20 I21	O14	6302203
M-2568-006	2568	ตรวจสอบการเบิกจ่ายค่าอาหารกลางวันเทียบบัญชีลงเวลาเด็ก	หน่วยตรวจสอบภายใน	AUDIT	2025-01-01	2025-09-30	not-started	\N	\N	\N	6302203
\.


--
-- Data for Name: risk_register; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.risk_register (id, fiscal_year, department, category, process, event, owner, matrix, copied_from, inherent_likelihood, inherent_impact, inherent_score, inherent_band, inherent_band_name, inherent_matrix, current_likelihood, current_impact, current_score, current_band, current_band_name, current_matrix, residual_likelihood, residual_impact, residual_score, residual_band, residual_band_name, residual_matrix, accepted_until, accepted_by, agency) FROM stdin;
R-2568-001	2568	FIN	procurement	การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง	แบ่งซื้อแบ่งจ้างเพื่อให้วงเงินต่ำกว่าเกณฑ์ที่ต้องใช้วิธีประกวดราคาอิเล็กทรอนิกส์	ผู้อำนวยการกองคลัง	5x5	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2	3	6	medium	ปานกลาง	5x5@2	\N	\N	6302203
R-2568-002	2568	ENG	procurement	การตรวจรับงานก่อสร้าง	คณะกรรมการตรวจรับงานจ้างรับงานที่ไม่เป็นไปตามแบบรูปรายการ	ผู้อำนวยการกองช่าง	5x5	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2	4	8	medium	ปานกลาง	5x5@2	\N	\N	6302203
R-2568-003	2568	CLERK	permits	การพิจารณาอนุญาตก่อสร้างอาคารและประกอบกิจการ	เรียกรับผลประโยชน์เพื่อเร่งรัดหรืออนุญาตคำขอที่ไม่ครบถ้วน	หัวหน้าสำนักปลัดเทศบาล	5x5	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2	3	6	medium	ปานกลาง	5x5@2	\N	\N	6302203
R-2568-004	2568	CLERK	authority	การบริหารงานบุคคล การสรรหาและเลื่อนขั้นเงินเดือน	ใช้อำนาจเอื้อประโยชน์แก่พวกพ้องในการคัดเลือกบุคคลและการเลื่อนขั้นเงินเดือน	ปลัดเทศบาล	5x5	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2	3	6	medium	ปานกลาง	5x5@2	\N	\N	6302203
R-2568-005	2568	CLERK	budget	การใช้และการยืมทรัพย์สินของราชการ	นำรถยนต์และครุภัณฑ์ของราชการไปใช้ประโยชน์ส่วนตัว	หัวหน้าสำนักปลัดเทศบาล	5x5	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	3	3	low	ต่ำ	5x5@2	\N	\N	6302203
R-2568-006	2568	EDU	budget	การเบิกจ่ายค่าอาหารกลางวันและอาหารเสริม (นม) ศูนย์พัฒนาเด็กเล็ก	เบิกจ่ายค่าอาหารกลางวันเกินจำนวนเด็กที่มาเรียนจริง	ผู้อำนวยการกองการศึกษา	5x5	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	3	3	low	ต่ำ	5x5@2	\N	\N	6302203
R-2568-007	2568	HEALTH	permits	การออกใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ	ออกใบอนุญาตโดยไม่ตรวจสถานประกอบการจริง	ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม	5x5	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1	2	2	low	ต่ำ	5x5@2	\N	\N	6302203
R-2568-008	2568	FIN	authority	การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง	ลดหย่อนหรือประเมินภาษีต่ำกว่าความเป็นจริงให้ผู้เสียภาษีบางราย	ผู้อำนวยการกองคลัง	5x5	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	6302203
\.


--
-- Data for Name: store_profile; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.store_profile (id, agency_name, department_id, created_by, created_at, agency) FROM stdin;
1	เทศบาลเมืองตากใบ	6302203	sujarit	1796589151716700	6302203
\.


--
-- Data for Name: sujarit_migrations; Type: TABLE DATA; Schema: agency_6302203; Owner: -
--

COPY agency_6302203.sujarit_migrations (id, applied_at) FROM stdin;
v1: event log	2026-12-06 20:32:31.754408+00
v2: audit-trail indexes	2026-12-06 20:32:31.754408+00
\.


--
-- Data for Name: agency_departments; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.agency_departments (code, name, record, agency) FROM stdin;
CLERK	สำนักปลัดเทศบาล	{"code":"CLERK","name":"สำนักปลัดเทศบาล","nameEnglish":"Office of the Municipal Clerk"}	9600101
FIN	กองคลัง	{"code":"FIN","name":"กองคลัง","nameEnglish":"Finance Division"}	9600101
ENG	กองช่าง	{"code":"ENG","name":"กองช่าง","nameEnglish":"Public Works Division"}	9600101
EDU	กองการศึกษา	{"code":"EDU","name":"กองการศึกษา","nameEnglish":"Education Division"}	9600101
HEALTH	กองสาธารณสุขและสิ่งแวดล้อม	{"code":"HEALTH","name":"กองสาธารณสุขและสิ่งแวดล้อม","nameEnglish":"Public Health and Environment Division"}	9600101
AUDIT	หน่วยตรวจสอบภายใน	{"code":"AUDIT","name":"หน่วยตรวจสอบภายใน","nameEnglish":"Internal Audit Unit"}	9600101
\.


--
-- Data for Name: agency_staff; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.agency_staff (id, name, department, roles, record, agency) FROM stdin;
mayor	นายอับดุลเลาะ สาและ	CLERK	executive,staff	{"department":"CLERK","id":"mayor","name":"นายอับดุลเลาะ สาและ","position":"นายกเทศมนตรีเมืองตากใบ","roles":["executive","staff"],"since":"2021-05-01"}	9600101
palad	นายวีระพงษ์ ทองดี	CLERK	committee-chair,executive,staff	{"department":"CLERK","id":"palad","name":"นายวีระพงษ์ ทองดี","position":"ปลัดเทศบาล","roles":["committee-chair","executive","staff"],"since":"2016-10-01"}	9600101
sompong	นางสมพร แก้วมณี	CLERK	committee-member,staff	{"department":"CLERK","id":"sompong","name":"นางสมพร แก้วมณี","position":"หัวหน้าสำนักปลัดเทศบาล","roles":["committee-member","staff"],"since":"2012-06-01"}	9600101
nisa	นางสาวนิสา ยูโซะ	FIN	committee-member,staff	{"department":"FIN","id":"nisa","name":"นางสาวนิสา ยูโซะ","position":"ผู้อำนวยการกองคลัง","roles":["committee-member","staff"],"since":"2014-03-15"}	9600101
surachai	นายสุรชัย พรหมทอง	ENG	committee-member,staff	{"department":"ENG","id":"surachai","name":"นายสุรชัย พรหมทอง","position":"ผู้อำนวยการกองช่าง","roles":["committee-member","staff"],"since":"2010-11-01"}	9600101
fatimah	นางฟาตีเมาะ ดอเลาะ	EDU	committee-member,staff	{"department":"EDU","id":"fatimah","name":"นางฟาตีเมาะ ดอเลาะ","position":"ผู้อำนวยการกองการศึกษา","roles":["committee-member","staff"],"since":"2018-01-02"}	9600101
anan	นายอนันต์ ศรีสุข	AUDIT	auditor,staff	{"department":"AUDIT","id":"anan","name":"นายอนันต์ ศรีสุข","position":"นักวิชาการตรวจสอบภายในชำนาญการ","roles":["auditor","staff"],"since":"2017-07-01"}	9600101
pimchanok	นางสาวพิมพ์ชนก ใจซื่อ	CLERK	legal-officer,staff	{"department":"CLERK","id":"pimchanok","name":"นางสาวพิมพ์ชนก ใจซื่อ","position":"นิติกรชำนาญการ","roles":["legal-officer","staff"],"since":"2019-02-01"}	9600101
kittipong	นายกิตติพงษ์ มะลิวัลย์	FIN	procurement-officer,staff	{"department":"FIN","id":"kittipong","name":"นายกิตติพงษ์ มะลิวัลย์","position":"เจ้าพนักงานพัสดุชำนาญงาน","roles":["procurement-officer","staff"],"since":"2015-05-18"}	9600101
rusdee	นายรุสดี มามะ	ENG	staff	{"department":"ENG","id":"rusdee","name":"นายรุสดี มามะ","position":"นายช่างโยธาชำนาญงาน","roles":["staff"],"since":"2013-09-01"}	9600101
wanida	นางวนิดา บุญมา	HEALTH	staff	{"department":"HEALTH","id":"wanida","name":"นางวนิดา บุญมา","position":"นักวิชาการสาธารณสุขชำนาญการ","roles":["staff"],"since":"2016-04-01"}	9600101
admin	นายธนากร รักษ์ดี	CLERK	administrator,staff	{"department":"CLERK","id":"admin","name":"นายธนากร รักษ์ดี","position":"นักวิชาการคอมพิวเตอร์","roles":["administrator","staff"],"since":"2020-08-03"}	9600101
\.


--
-- Data for Name: audit_engagements; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.audit_engagements (fiscal_year, subject, started_on, closed_on, auditors, agency) FROM stdin;
\.


--
-- Data for Name: audit_findings; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.audit_findings (id, fiscal_year, number, subject, recorded_on, record, agency) FROM stdin;
\.


--
-- Data for Name: audit_plans; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.audit_plans (fiscal_year, status, capacity, entry_count, total_person_days, approved_by, approved_on, amendments, agency) FROM stdin;
\.


--
-- Data for Name: audit_recommendations; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.audit_recommendations (finding_id, number, fiscal_year, subject, action_owner, due, status, rounds, last_round_on, last_round, agency) FROM stdin;
\.


--
-- Data for Name: audit_subjects; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.audit_subjects (id, kind, title, department, risk_rank, last_engagement_closed, record, agency) FROM stdin;
\.


--
-- Data for Name: chain_head; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.chain_head (id, sequence, hash) FROM stdin;
1	31	\\xcace284a236310bbc8aedff9c55956c7118cbf22f4b1d72bc0d6f296c55c1c24
\.


--
-- Data for Name: coi_committee_seats; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.coi_committee_seats (project, staff_id, role, appointed_on, agency) FROM stdin;
\.


--
-- Data for Name: coi_declarations; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.coi_declarations (declaration_id, declarant, department, kind, fiscal_year, project, role, signed_on, status, amendments, interest_count, recused, agency) FROM stdin;
A2570-fatimah	fatimah	EDU	annual	2570	\N	\N	2026-10-01	active	0	0	0	9600101
\.


--
-- Data for Name: coi_interests; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.coi_interests (declaration_id, "position", party_name, party_kind, tax_id, name_key, relationship, share, from_date, to_date, agency) FROM stdin;
\.


--
-- Data for Name: events; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.events (sequence, stream_id, stream_version, event_type, schema_version, occurred_at, recorded_at, actor, payload, dedupe_key, previous_hash, hash, agency) FROM stdin;
1	store/profile	1	StoreInitialized	1	1796589157051296	1796589157238177	sujarit	\\x7b226167656e63794e616d65223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b895e0b8b3e0b89ae0b8a5e0b980e0b888e0b98ae0b8b0e0b980e0b8ab222c226465706172746d656e744944223a2239363030313031222c2273756a6172697456657273696f6e223a22302e312e30227d	\N	\\x0000000000000000000000000000000000000000000000000000000000000000	\\x25dbc2c0803cb940e913e535c1497dcd68b294f41f0bf6bb72e25e39e4ba62e1	9600101
2	store/profile	2	AgencyProfileUpdated	1	1796589157336622	1796589157391386	sujarit	\\x7b226469737472696374223a22e0b895e0b8b2e0b881e0b983e0b89a222c226b696e64223a226c6f63616c2d676f7665726e6d656e74222c2270726f76696e6365223a22e0b899e0b8a3e0b8b2e0b898e0b8b4e0b8a7e0b8b2e0b8aa227d	\N	\\x25dbc2c0803cb940e913e535c1497dcd68b294f41f0bf6bb72e25e39e4ba62e1	\\xf28f47c7f0ed21eb3cfae3003c43acc4a35e0a7181cccb1291448e1b05da8baf	9600101
3	department/CLERK	1	DepartmentDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226465706172746d656e74223a7b22636f6465223a22434c45524b222c226e616d65223a22e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c226e616d65456e676c697368223a224f6666696365206f6620746865204d756e69636970616c20436c65726b227d7d	\N	\\xf28f47c7f0ed21eb3cfae3003c43acc4a35e0a7181cccb1291448e1b05da8baf	\\xb09beabac5e596864f3b5dd0801d8faef1bed097583f6aae574d44d0fab5ec93	9600101
4	department/FIN	1	DepartmentDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226465706172746d656e74223a7b22636f6465223a2246494e222c226e616d65223a22e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c226e616d65456e676c697368223a2246696e616e6365204469766973696f6e227d7d	\N	\\xb09beabac5e596864f3b5dd0801d8faef1bed097583f6aae574d44d0fab5ec93	\\xd1880bef7e4ac1196bd4a006fd97685190ba718a252b9b1880d5e7b4e233378d	9600101
5	department/ENG	1	DepartmentDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226465706172746d656e74223a7b22636f6465223a22454e47222c226e616d65223a22e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c226e616d65456e676c697368223a225075626c696320576f726b73204469766973696f6e227d7d	\N	\\xd1880bef7e4ac1196bd4a006fd97685190ba718a252b9b1880d5e7b4e233378d	\\x04e03640995c730b37bc3982e4ae3a11d5fd86eb6d76919c26fe7e1c0dd3298b	9600101
6	department/EDU	1	DepartmentDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226465706172746d656e74223a7b22636f6465223a22454455222c226e616d65223a22e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b2222c226e616d65456e676c697368223a22456475636174696f6e204469766973696f6e227d7d	\N	\\x04e03640995c730b37bc3982e4ae3a11d5fd86eb6d76919c26fe7e1c0dd3298b	\\x87572a8e9eaf4ecdfa0cd50826252b03d39d5797f8583ed84c2268d472499d1d	9600101
7	department/HEALTH	1	DepartmentDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226465706172746d656e74223a7b22636f6465223a224845414c5448222c226e616d65223a22e0b881e0b8ade0b887e0b8aae0b8b2e0b898e0b8b2e0b8a3e0b893e0b8aae0b8b8e0b882e0b981e0b8a5e0b8b0e0b8aae0b8b4e0b988e0b887e0b981e0b8a7e0b894e0b8a5e0b989e0b8ade0b8a1222c226e616d65456e676c697368223a225075626c6963204865616c746820616e6420456e7669726f6e6d656e74204469766973696f6e227d7d	\N	\\x87572a8e9eaf4ecdfa0cd50826252b03d39d5797f8583ed84c2268d472499d1d	\\x2eda55916fbfaa361343ea3cf6cc1e383997abbfaf535016d1fe2403494117c0	9600101
8	department/AUDIT	1	DepartmentDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226465706172746d656e74223a7b22636f6465223a224155444954222c226e616d65223a22e0b8abe0b899e0b988e0b8a7e0b8a2e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b8a0e0b8b2e0b8a2e0b983e0b899222c226e616d65456e676c697368223a22496e7465726e616c20417564697420556e6974227d7d	\N	\\x2eda55916fbfaa361343ea3cf6cc1e383997abbfaf535016d1fe2403494117c0	\\x73fecc86280c22cb673c9124c3f6f654f9bb723f656b869726a5d9a3e5c96010	9600101
9	staff/mayor	1	StaffMemberDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22434c45524b222c226964223a226d61796f72222c226e616d65223a22e0b899e0b8b2e0b8a2e0b8ade0b8b1e0b89ae0b894e0b8b8e0b8a5e0b980e0b8a5e0b8b2e0b8b020e0b8aae0b8b2e0b981e0b8a5e0b8b0222c22706f736974696f6e223a22e0b899e0b8b2e0b8a2e0b881e0b980e0b897e0b8a8e0b8a1e0b899e0b895e0b8a3e0b8b5e0b980e0b8a1e0b8b7e0b8ade0b887e0b895e0b8b2e0b881e0b983e0b89a222c22726f6c6573223a5b22657865637574697665222c227374616666225d2c2273696e6365223a22323032312d30352d3031227d7d	\N	\\x73fecc86280c22cb673c9124c3f6f654f9bb723f656b869726a5d9a3e5c96010	\\x5c23d54a28940aebde36602ca18ba6b4da2bcc54977be52b6ece6d1930a9a23c	9600101
10	staff/palad	1	StaffMemberDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22434c45524b222c226964223a2270616c6164222c226e616d65223a22e0b899e0b8b2e0b8a2e0b8a7e0b8b5e0b8a3e0b8b0e0b89ee0b887e0b8a9e0b98c20e0b897e0b8ade0b887e0b894e0b8b5222c22706f736974696f6e223a22e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c22726f6c6573223a5b22636f6d6d69747465652d6368616972222c22657865637574697665222c227374616666225d2c2273696e6365223a22323031362d31302d3031227d7d	\N	\\x5c23d54a28940aebde36602ca18ba6b4da2bcc54977be52b6ece6d1930a9a23c	\\x7998e9ecfc673b43181bc2cd092c0e7b54dc961916334a9d882ee2f319f9e05d	9600101
11	staff/sompong	1	StaffMemberDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22434c45524b222c226964223a22736f6d706f6e67222c226e616d65223a22e0b899e0b8b2e0b887e0b8aae0b8a1e0b89ee0b8a320e0b981e0b881e0b989e0b8a7e0b8a1e0b893e0b8b5222c22706f736974696f6e223a22e0b8abe0b8b1e0b8a7e0b8abe0b899e0b989e0b8b2e0b8aae0b8b3e0b899e0b8b1e0b881e0b89be0b8a5e0b8b1e0b894e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5222c22726f6c6573223a5b22636f6d6d69747465652d6d656d626572222c227374616666225d2c2273696e6365223a22323031322d30362d3031227d7d	\N	\\x7998e9ecfc673b43181bc2cd092c0e7b54dc961916334a9d882ee2f319f9e05d	\\x2d029c0f3c1eef6f1224af2aa067d801b56ebac47f7a749073960d6879d73e91	9600101
12	staff/nisa	1	StaffMemberDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a2246494e222c226964223a226e697361222c226e616d65223a22e0b899e0b8b2e0b887e0b8aae0b8b2e0b8a7e0b899e0b8b4e0b8aae0b8b220e0b8a2e0b8b9e0b982e0b88be0b8b0222c22706f736974696f6e223a22e0b89ce0b8b9e0b989e0b8ade0b8b3e0b899e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c22726f6c6573223a5b22636f6d6d69747465652d6d656d626572222c227374616666225d2c2273696e6365223a22323031342d30332d3135227d7d	\N	\\x2d029c0f3c1eef6f1224af2aa067d801b56ebac47f7a749073960d6879d73e91	\\x7d53ccaa128aa0d191379fbd0e5959762fbfebe326ba4eae5cc3991f0c84ba45	9600101
13	staff/surachai	1	StaffMemberDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22454e47222c226964223a227375726163686169222c226e616d65223a22e0b899e0b8b2e0b8a2e0b8aae0b8b8e0b8a3e0b88ae0b8b1e0b8a220e0b89ee0b8a3e0b8abe0b8a1e0b897e0b8ade0b887222c22706f736974696f6e223a22e0b89ce0b8b9e0b989e0b8ade0b8b3e0b899e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b881e0b8ade0b887e0b88ae0b988e0b8b2e0b887222c22726f6c6573223a5b22636f6d6d69747465652d6d656d626572222c227374616666225d2c2273696e6365223a22323031302d31312d3031227d7d	\N	\\x7d53ccaa128aa0d191379fbd0e5959762fbfebe326ba4eae5cc3991f0c84ba45	\\xbf31025ee6efb08601b600ecf7b558e41e4dbbacdb02d35929aef4d02dd9ce0a	9600101
14	staff/fatimah	1	StaffMemberDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22454455222c226964223a22666174696d6168222c226e616d65223a22e0b899e0b8b2e0b887e0b89fe0b8b2e0b895e0b8b5e0b980e0b8a1e0b8b2e0b8b020e0b894e0b8ade0b980e0b8a5e0b8b2e0b8b0222c22706f736974696f6e223a22e0b89ce0b8b9e0b989e0b8ade0b8b3e0b899e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b881e0b8ade0b887e0b881e0b8b2e0b8a3e0b8a8e0b8b6e0b881e0b8a9e0b8b2222c22726f6c6573223a5b22636f6d6d69747465652d6d656d626572222c227374616666225d2c2273696e6365223a22323031382d30312d3032227d7d	\N	\\xbf31025ee6efb08601b600ecf7b558e41e4dbbacdb02d35929aef4d02dd9ce0a	\\x712aafdce1c18c08cd81303146f419167a2dcd47a4170b95921aa8e128cbe0a1	9600101
15	staff/anan	1	StaffMemberDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a224155444954222c226964223a22616e616e222c226e616d65223a22e0b899e0b8b2e0b8a2e0b8ade0b899e0b8b1e0b899e0b895e0b98c20e0b8a8e0b8a3e0b8b5e0b8aae0b8b8e0b882222c22706f736974696f6e223a22e0b899e0b8b1e0b881e0b8a7e0b8b4e0b88ae0b8b2e0b881e0b8b2e0b8a3e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b8a0e0b8b2e0b8a2e0b983e0b899e0b88ae0b8b3e0b899e0b8b2e0b88de0b881e0b8b2e0b8a3222c22726f6c6573223a5b2261756469746f72222c227374616666225d2c2273696e6365223a22323031372d30372d3031227d7d	\N	\\x712aafdce1c18c08cd81303146f419167a2dcd47a4170b95921aa8e128cbe0a1	\\xb34c17c6ab2cac7b1ff4ee60c1963dbb41b69936f0391bc2aaea2f724866ac29	9600101
16	staff/pimchanok	1	StaffMemberDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22434c45524b222c226964223a2270696d6368616e6f6b222c226e616d65223a22e0b899e0b8b2e0b887e0b8aae0b8b2e0b8a7e0b89ee0b8b4e0b8a1e0b89ee0b98ce0b88ae0b899e0b88120e0b983e0b888e0b88be0b8b7e0b988e0b8ad222c22706f736974696f6e223a22e0b899e0b8b4e0b895e0b8b4e0b881e0b8a3e0b88ae0b8b3e0b899e0b8b2e0b88de0b881e0b8b2e0b8a3222c22726f6c6573223a5b226c6567616c2d6f666669636572222c227374616666225d2c2273696e6365223a22323031392d30322d3031227d7d	\N	\\xb34c17c6ab2cac7b1ff4ee60c1963dbb41b69936f0391bc2aaea2f724866ac29	\\x0f1f5a0dcc56c25c40a8e1826bf598b692c11d01ab9bc720250bf3ee85240d68	9600101
17	staff/kittipong	1	StaffMemberDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a2246494e222c226964223a226b69747469706f6e67222c226e616d65223a22e0b899e0b8b2e0b8a2e0b881e0b8b4e0b895e0b895e0b8b4e0b89ee0b887e0b8a9e0b98c20e0b8a1e0b8b0e0b8a5e0b8b4e0b8a7e0b8b1e0b8a5e0b8a2e0b98c222c22706f736974696f6e223a22e0b980e0b888e0b989e0b8b2e0b89ee0b899e0b8b1e0b881e0b887e0b8b2e0b899e0b89ee0b8b1e0b8aae0b894e0b8b8e0b88ae0b8b3e0b899e0b8b2e0b88de0b887e0b8b2e0b899222c22726f6c6573223a5b2270726f637572656d656e742d6f666669636572222c227374616666225d2c2273696e6365223a22323031352d30352d3138227d7d	\N	\\x0f1f5a0dcc56c25c40a8e1826bf598b692c11d01ab9bc720250bf3ee85240d68	\\xb2007c3944003bfd12d8f33a5a7326a264c03af8fe817468d916a62b7ea77cd3	9600101
18	staff/rusdee	1	StaffMemberDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22454e47222c226964223a22727573646565222c226e616d65223a22e0b899e0b8b2e0b8a2e0b8a3e0b8b8e0b8aae0b894e0b8b520e0b8a1e0b8b2e0b8a1e0b8b0222c22706f736974696f6e223a22e0b899e0b8b2e0b8a2e0b88ae0b988e0b8b2e0b887e0b982e0b8a2e0b898e0b8b2e0b88ae0b8b3e0b899e0b8b2e0b88de0b887e0b8b2e0b899222c22726f6c6573223a5b227374616666225d2c2273696e6365223a22323031332d30392d3031227d7d	\N	\\xb2007c3944003bfd12d8f33a5a7326a264c03af8fe817468d916a62b7ea77cd3	\\x57cb7cef882cb86e3b9853d5adccec0b90c2bfef334500ad3665775b484c8040	9600101
19	staff/wanida	1	StaffMemberDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a224845414c5448222c226964223a2277616e696461222c226e616d65223a22e0b899e0b8b2e0b887e0b8a7e0b899e0b8b4e0b894e0b8b220e0b89ae0b8b8e0b88de0b8a1e0b8b2222c22706f736974696f6e223a22e0b899e0b8b1e0b881e0b8a7e0b8b4e0b88ae0b8b2e0b881e0b8b2e0b8a3e0b8aae0b8b2e0b898e0b8b2e0b8a3e0b893e0b8aae0b8b8e0b882e0b88ae0b8b3e0b899e0b8b2e0b88de0b881e0b8b2e0b8a3222c22726f6c6573223a5b227374616666225d2c2273696e6365223a22323031362d30342d3031227d7d	\N	\\x57cb7cef882cb86e3b9853d5adccec0b90c2bfef334500ad3665775b484c8040	\\xbf4345c31aaae8fd1509d05b554e0fe0aac0ba35f6dfdab77317f2c0fead4971	9600101
20	staff/admin	1	StaffMemberDefined	1	1796589157490092	1796589157535152	sujarit	\\x7b226d656d626572223a7b226465706172746d656e74223a22434c45524b222c226964223a2261646d696e222c226e616d65223a22e0b899e0b8b2e0b8a2e0b898e0b899e0b8b2e0b881e0b8a320e0b8a3e0b8b1e0b881e0b8a9e0b98ce0b894e0b8b5222c22706f736974696f6e223a22e0b899e0b8b1e0b881e0b8a7e0b8b4e0b88ae0b8b2e0b881e0b8b2e0b8a3e0b884e0b8ade0b8a1e0b89ee0b8b4e0b8a7e0b980e0b895e0b8ade0b8a3e0b98c222c22726f6c6573223a5b2261646d696e6973747261746f72222c227374616666225d2c2273696e6365223a22323032302d30382d3033227d7d	\N	\\xbf4345c31aaae8fd1509d05b554e0fe0aac0ba35f6dfdab77317f2c0fead4971	\\x073878b38a1c1dfe24bbe976bbd163254140b8d7602093ff149d7cf6295e37e9	9600101
21	riskcategory/permits	1	RiskCategoryDefined	1	1796589157785614	1796589157826240	fatimah	\\x7b2263617465676f7279223a7b22636f6465223a227065726d697473222c226e616d65223a7b22656e223a22417070726f76616c7320616e64207065726d697473222c227468223a22e0b881e0b8b2e0b8a3e0b89ee0b8b4e0b888e0b8b2e0b8a3e0b893e0b8b2e0b8ade0b899e0b8b8e0b8a1e0b8b1e0b895e0b8b420e0b8ade0b899e0b8b8e0b88de0b8b2e0b895227d7d7d	\N	\\x073878b38a1c1dfe24bbe976bbd163254140b8d7602093ff149d7cf6295e37e9	\\xcd5e56cecca185b0e324da6fd7f1fd7586d1525ccadeddcbaeda23fb54b1855f	9600101
22	riskcategory/authority	1	RiskCategoryDefined	1	1796589157785614	1796589157826240	fatimah	\\x7b2263617465676f7279223a7b22636f6465223a22617574686f72697479222c226e616d65223a7b22656e223a22557365206f6620617574686f7269747920616e6420706f736974696f6e222c227468223a22e0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b8ade0b8b3e0b899e0b8b2e0b888e0b981e0b8a5e0b8b0e0b895e0b8b3e0b981e0b8abe0b899e0b988e0b887e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b988227d7d7d	\N	\\xcd5e56cecca185b0e324da6fd7f1fd7586d1525ccadeddcbaeda23fb54b1855f	\\xc96bdc79d7e02be4313064b6393606adb0a6cfa4856fbd585c6b3e53611ef756	9600101
23	riskcategory/budget	1	RiskCategoryDefined	1	1796589157785614	1796589157826240	fatimah	\\x7b2263617465676f7279223a7b22636f6465223a22627564676574222c226e616d65223a7b22656e223a22557365206f662062756467657420616e64207374617465207265736f7572636573222c227468223a22e0b881e0b8b2e0b8a3e0b983e0b88ae0b989e0b888e0b988e0b8b2e0b8a2e0b887e0b89ae0b89be0b8a3e0b8b0e0b8a1e0b8b2e0b893e0b981e0b8a5e0b8b0e0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b888e0b8b1e0b894e0b881e0b8b2e0b8a3e0b897e0b8a3e0b8b1e0b89ee0b8a2e0b8b2e0b881e0b8a3e0b8a0e0b8b2e0b884e0b8a3e0b8b1e0b890227d7d7d	\N	\\xc96bdc79d7e02be4313064b6393606adb0a6cfa4856fbd585c6b3e53611ef756	\\x302b27f00b51291875a89885d41fd1d32c3d0a434d1c1c186043ce9f50aef134	9600101
24	riskcategory/procurement	1	RiskCategoryDefined	1	1796589157785614	1796589157826240	fatimah	\\x7b2263617465676f7279223a7b22636f6465223a2270726f637572656d656e74222c226e616d65223a7b22656e223a2250726f637572656d656e74222c227468223a22e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b888e0b8b1e0b894e0b888e0b989e0b8b2e0b887227d7d7d	\N	\\x302b27f00b51291875a89885d41fd1d32c3d0a434d1c1c186043ce9f50aef134	\\x6c2d88a74525006ca63a97b62d7403df0fe7e8818d9074535cf6f067ca0cab41	9600101
25	riskmatrix/3x3@1	1	RiskMatrixAdopted	1	1796589157785614	1796589157826240	fatimah	\\x7b226d6174726978223a7b2262616e6473223a5b7b22636f6c6f72223a2223346361663530222c226964223a226c6f77222c226e616d65223a7b22656e223a224c6f77222c227468223a22e0b895e0b988e0b8b3227d2c2272616e6b223a312c2273636f726573223a5b312c325d7d2c7b22636f6c6f72223a2223666464383335222c226964223a226d656469756d222c226e616d65223a7b22656e223a224d656469756d222c227468223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887227d2c2272616e6b223a322c2273636f726573223a5b332c345d7d2c7b22636f6c6f72223a2223653533393335222c226964223a2268696768222c226e616d65223a7b22656e223a2248696768222c227468223a22e0b8aae0b8b9e0b887227d2c2272616e6b223a332c2273636f726573223a5b362c395d7d5d2c2267726964223a5b5b226c6f77222c226c6f77222c226d656469756d225d2c5b226c6f77222c226d656469756d222c2268696768225d2c5b226d656469756d222c2268696768222c2268696768225d5d2c226964223a22337833222c22696d70616374223a7b226c6576656c73223a5b7b226465736372697074696f6e223a22e0b884e0b8a7e0b8b2e0b8a1e0b980e0b8aae0b8b5e0b8a2e0b8abe0b8b2e0b8a2e0b980e0b8a5e0b987e0b881e0b899e0b989e0b8ade0b8a220e0b981e0b881e0b989e0b984e0b882e0b984e0b894e0b989e0b8a0e0b8b2e0b8a2e0b983e0b899e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b899222c226c6576656c223a312c226e616d65223a7b22656e223a224c6f77222c227468223a22e0b899e0b989e0b8ade0b8a2227d7d2c7b226465736372697074696f6e223a22e0b884e0b8a7e0b8b2e0b8a1e0b980e0b8aae0b8b5e0b8a2e0b8abe0b8b2e0b8a2e0b897e0b8b2e0b887e0b881e0b8b2e0b8a3e0b980e0b887e0b8b4e0b899e0b8abe0b8a3e0b8b7e0b8ade0b8a1e0b8b5e0b882e0b989e0b8ade0b8a3e0b989e0b8ade0b887e0b980e0b8a3e0b8b5e0b8a2e0b899222c226c6576656c223a322c226e616d65223a7b22656e223a224d656469756d222c227468223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887227d7d2c7b226465736372697074696f6e223a22e0b980e0b8aae0b8b5e0b8a2e0b8a0e0b8b2e0b89ee0b8a5e0b8b1e0b881e0b8a9e0b893e0b98c20e0b980e0b89be0b987e0b899e0b884e0b894e0b8b5e0b884e0b8a7e0b8b2e0b8a120e0b8abe0b8a3e0b8b7e0b8ade0b89be0b8a3e0b8b0e0b88ae0b8b2e0b88ae0b899e0b984e0b8a1e0b988e0b984e0b894e0b989e0b8a3e0b8b1e0b89ae0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3222c226c6576656c223a332c226e616d65223a7b22656e223a2248696768222c227468223a22e0b8aae0b8b9e0b887227d7d5d2c226e616d65223a7b22656e223a22496d70616374222c227468223a22e0b89ce0b8a5e0b881e0b8a3e0b8b0e0b897e0b89a227d7d2c226c696b656c69686f6f64223a7b226c6576656c73223a5b7b226465736372697074696f6e223a22e0b984e0b8a1e0b988e0b980e0b884e0b8a2e0b980e0b881e0b8b4e0b894e0b8abe0b8a3e0b8b7e0b8ade0b980e0b881e0b8b4e0b894e0b984e0b8a1e0b988e0b980e0b881e0b8b4e0b899e0b89be0b8b5e0b8a5e0b8b0e0b884e0b8a3e0b8b1e0b989e0b887222c226c6576656c223a312c226e616d65223a7b22656e223a224c6f77222c227468223a22e0b899e0b989e0b8ade0b8a2227d7d2c7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b899e0b89ae0b989e0b8b2e0b8872032e280933520e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a322c226e616d65223a7b22656e223a224d656469756d222c227468223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887227d7d2c7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b899e0b89ae0b988e0b8ade0b8a220e0b8a1e0b8b2e0b881e0b881e0b8a7e0b988e0b8b2203520e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a332c226e616d65223a7b22656e223a2248696768222c227468223a22e0b8aae0b8b9e0b887227d7d5d2c226e616d65223a7b22656e223a224c696b656c69686f6f64222c227468223a22e0b982e0b8ade0b881e0b8b2e0b8aae0b897e0b8b5e0b988e0b888e0b8b0e0b980e0b881e0b8b4e0b894227d7d2c226e616d65223a7b22656e223a2233c39733207269736b206d6174726978222c227468223a22e0b980e0b8a1e0b897e0b8a3e0b8b4e0b881e0b88be0b98ce0b884e0b8a7e0b8b2e0b8a1e0b980e0b8aae0b8b5e0b988e0b8a2e0b8872033c39733227d2c2276657273696f6e223a317d7d	\N	\\x6c2d88a74525006ca63a97b62d7403df0fe7e8818d9074535cf6f067ca0cab41	\\x0268bfe4260162d9bc9b0798064cbba332de5889dbed081237cd6de475b608bd	9600101
26	riskmatrix/5x5@2	1	RiskMatrixAdopted	1	1796589157785614	1796589157826240	fatimah	\\x7b226d6174726978223a7b2262616e6473223a5b7b22636f6c6f72223a2223346361663530222c226964223a226c6f77222c226e616d65223a7b22656e223a224c6f77222c227468223a22e0b895e0b988e0b8b3227d2c2272616e6b223a312c2273636f726573223a5b312c335d7d2c7b22636f6c6f72223a2223666464383335222c226964223a226d656469756d222c226e616d65223a7b22656e223a224d656469756d222c227468223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887227d2c2272616e6b223a322c2273636f726573223a5b342c395d7d2c7b22636f6c6f72223a2223666238633030222c226964223a2268696768222c226e616d65223a7b22656e223a2248696768222c227468223a22e0b8aae0b8b9e0b887227d2c2272616e6b223a332c2273636f726573223a5b31302c31365d7d2c7b22636f6c6f72223a2223653533393335222c226964223a22766572792d68696768222c226e616d65223a7b22656e223a22566572792068696768222c227468223a22e0b8aae0b8b9e0b887e0b8a1e0b8b2e0b881227d2c2272616e6b223a342c2273636f726573223a5b31372c32355d7d5d2c226964223a22357835222c22696d70616374223a7b226c6576656c73223a5b7b226465736372697074696f6e223a22e0b984e0b8a1e0b988e0b881e0b8a3e0b8b0e0b897e0b89ae0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a320e0b981e0b881e0b989e0b984e0b882e0b984e0b894e0b989e0b8a0e0b8b2e0b8a2e0b983e0b899e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b899222c226c6576656c223a312c226e616d65223a7b22656e223a22496e7369676e69666963616e74222c227468223a22e0b899e0b989e0b8ade0b8a2e0b8a1e0b8b2e0b881227d7d2c7b226465736372697074696f6e223a22e0b881e0b8a3e0b8b0e0b897e0b89ae0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3e0b980e0b8a5e0b987e0b881e0b899e0b989e0b8ade0b8a220e0b884e0b8a7e0b8b2e0b8a1e0b980e0b8aae0b8b5e0b8a2e0b8abe0b8b2e0b8a2e0b897e0b8b2e0b887e0b881e0b8b2e0b8a3e0b980e0b887e0b8b4e0b899e0b984e0b8a1e0b988e0b8a1e0b8b2e0b881222c226c6576656c223a322c226e616d65223a7b22656e223a224d696e6f72222c227468223a22e0b899e0b989e0b8ade0b8a2227d7d2c7b226465736372697074696f6e223a22e0b881e0b8a3e0b8b0e0b897e0b89ae0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a3e0b89ae0b8b2e0b887e0b8aae0b988e0b8a7e0b89920e0b8a1e0b8b5e0b882e0b989e0b8ade0b8a3e0b989e0b8ade0b887e0b980e0b8a3e0b8b5e0b8a2e0b899e0b888e0b8b2e0b881e0b89be0b8a3e0b8b0e0b88ae0b8b2e0b88ae0b899222c226c6576656c223a332c226e616d65223a7b22656e223a224d6f646572617465222c227468223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887227d7d2c7b226465736372697074696f6e223a22e0b884e0b8a7e0b8b2e0b8a1e0b980e0b8aae0b8b5e0b8a2e0b8abe0b8b2e0b8a2e0b897e0b8b2e0b887e0b881e0b8b2e0b8a3e0b980e0b887e0b8b4e0b899e0b8aae0b8b9e0b88720e0b896e0b8b9e0b881e0b895e0b8a3e0b8a7e0b888e0b8aae0b8ade0b89ae0b888e0b8b2e0b881e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b899e0b8a0e0b8b2e0b8a2e0b899e0b8ade0b881222c226c6576656c223a342c226e616d65223a7b22656e223a224d616a6f72222c227468223a22e0b8aae0b8b9e0b887227d7d2c7b226465736372697074696f6e223a22e0b980e0b8aae0b8b5e0b8a2e0b8a0e0b8b2e0b89ee0b8a5e0b8b1e0b881e0b8a9e0b893e0b98ce0b882e0b8ade0b887e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b89920e0b89be0b8a3e0b8b0e0b88ae0b8b2e0b88ae0b899e0b984e0b8a1e0b988e0b984e0b894e0b989e0b8a3e0b8b1e0b89ae0b89ae0b8a3e0b8b4e0b881e0b8b2e0b8a320e0b8abe0b8a3e0b8b7e0b8ade0b881e0b8a3e0b8b0e0b897e0b89ae0b884e0b8a7e0b8b2e0b8a1e0b8a1e0b8b1e0b988e0b899e0b884e0b8872fe0b980e0b89be0b987e0b899e0b884e0b894e0b8b5e0b8ade0b8b2e0b88de0b8b2222c226c6576656c223a352c226e616d65223a7b22656e223a22536576657265222c227468223a22e0b8aae0b8b9e0b887e0b8a1e0b8b2e0b881227d7d5d2c226e616d65223a7b22656e223a22496d70616374222c227468223a22e0b89ce0b8a5e0b881e0b8a3e0b8b0e0b897e0b89a227d7d2c226c696b656c69686f6f64223a7b226c6576656c73223a5b7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b899e0b984e0b8a1e0b988e0b980e0b881e0b8b4e0b899203520e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a312c226e616d65223a7b22656e223a2252617265222c227468223a22e0b899e0b989e0b8ade0b8a2e0b8a1e0b8b2e0b881227d2c2272616e6765223a7b226c6f776572223a302c227570706572223a357d7d2c7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b8992036e28093313020e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a322c226e616d65223a7b22656e223a22556e6c696b656c79222c227468223a22e0b899e0b989e0b8ade0b8a2227d2c2272616e6765223a7b226c6f776572223a362c227570706572223a31307d7d2c7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b899203131e28093313520e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a332c226e616d65223a7b22656e223a22506f737369626c65222c227468223a22e0b89be0b8b2e0b899e0b881e0b8a5e0b8b2e0b887227d2c2272616e6765223a7b226c6f776572223a31312c227570706572223a31357d7d2c7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b899203136e28093323020e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a342c226e616d65223a7b22656e223a224c696b656c79222c227468223a22e0b8aae0b8b9e0b887227d2c2272616e6765223a7b226c6f776572223a31362c227570706572223a32307d7d2c7b226465736372697074696f6e223a22e0b980e0b881e0b8b4e0b894e0b882e0b8b6e0b989e0b899e0b8a1e0b8b2e0b881e0b881e0b8a7e0b988e0b8b220323020e0b884e0b8a3e0b8b1e0b989e0b887e0b895e0b988e0b8ade0b89be0b8b5222c226c6576656c223a352c226e616d65223a7b22656e223a22416c6d6f7374206365727461696e222c227468223a22e0b8aae0b8b9e0b887e0b8a1e0b8b2e0b881227d2c2272616e6765223a7b226c6f776572223a32317d7d5d2c226e616d65223a7b22656e223a224c696b656c69686f6f64222c227468223a22e0b982e0b8ade0b881e0b8b2e0b8aae0b897e0b8b5e0b988e0b888e0b8b0e0b980e0b881e0b8b4e0b894227d7d2c226e616d65223a7b22656e223a2235c39735207269736b206d6174726978222c227468223a22e0b980e0b8a1e0b897e0b8a3e0b8b4e0b881e0b88be0b98ce0b884e0b8a7e0b8b2e0b8a1e0b980e0b8aae0b8b5e0b988e0b8a2e0b8872035c39735227d2c2276657273696f6e223a327d7d	\N	\\x0268bfe4260162d9bc9b0798064cbba332de5889dbed081237cd6de475b608bd	\\x3e68106e027e0624fae830734305ed24e028a537bd779df2a0c3cafce95a11f2	9600101
27	risk/R-2570-001	1	RiskIdentified	1	1796589157880902	1796589157915115	fatimah	\\x7b2263617465676f7279223a2270726f637572656d656e74222c22636175736573223a5b22e0b884e0b8a7e0b8b2e0b8a1e0b895e0b989e0b8ade0b887e0b881e0b8b2e0b8a3e0b980e0b8a3e0b988e0b887e0b894e0b988e0b8a7e0b899e0b89be0b8a5e0b8b2e0b8a2e0b89be0b8b5225d2c22636f6e74726f6c73223a5b7b226164657175616379223a2266616972222c2274657874223a22e0b981e0b89ce0b899e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b888e0b8b1e0b894e0b888e0b989e0b8b2e0b887227d5d2c226465706172746d656e74223a2246494e222c226576656e74223a22e0b981e0b89ae0b988e0b887e0b88be0b8b7e0b989e0b8ade0b981e0b89ae0b988e0b887e0b888e0b989e0b8b2e0b887222c22666163746f72223a226b6e6f776e222c226964223a22522d323537302d303031222c226d6174726978223a22357835222c226f776e6572223a22e0b89ce0b8ad2ee0b881e0b8ade0b887e0b884e0b8a5e0b8b1e0b887222c2270726f63657373223a22e0b881e0b8b2e0b8a3e0b888e0b8b1e0b894e0b88be0b8b7e0b989e0b8ade0b888e0b8b1e0b894e0b888e0b989e0b8b2e0b887e0b982e0b894e0b8a2e0b8a7e0b8b4e0b898e0b8b5e0b980e0b889e0b89ee0b8b2e0b8b0e0b980e0b888e0b8b2e0b8b0e0b888e0b887227d	\N	\\x3e68106e027e0624fae830734305ed24e028a537bd779df2a0c3cafce95a11f2	\\xcab3c2637db3d209d4e6d73a9e2feee9b2d5c254b53621a98d9a3fc5ca856314	9600101
28	coi-key/store	1	DeclarationStreamKeyCreated	1	1796589157981452	1796589158046157	fatimah	\\x7b226b6579223a2263326536343435383461313363656536393330306436366261656430303037366535663265383831386662356230366666333539643162323362633332336233222c22736368656d65223a22686d61632d7368613235362d6865783234227d	\N	\\xcab3c2637db3d209d4e6d73a9e2feee9b2d5c254b53621a98d9a3fc5ca856314	\\x64cf135248f22806354b6b392f575af061fd872777a74e5c7dfd12700af389b9	9600101
29	coi/58664ff5676aa36934ed2935	1	DeclarationSigned	1	1790787600000000	1796589158046157	fatimah	\\x7b226465636c6172616e74223a22666174696d6168222c226465636c61726174696f6e4944223a2241323537302d666174696d6168222c226465706172746d656e74223a22454455222c22696e74657265737473223a5b5d2c227369676e65644f6e223a22323032362d31302d3031222c227375626a656374223a7b2266697363616c59656172223a323537302c226b696e64223a22616e6e75616c227d7d	\N	\\x64cf135248f22806354b6b392f575af061fd872777a74e5c7dfd12700af389b9	\\x1c8e4de890ce24e574845106731cda8baaadb024f33b0415f2c5330748622fe5	9600101
30	gift-rules/agency	1	GiftRulesAdopted	1	1796589158140037	1796589158220980	fatimah	\\x7b2272756c6573223a7b22676976656e4769667473223a7b227075626c69634d6f6e65794c696d6974223a22302e3030222c227075626c69634d6f6e6579536f75726365223a22e0b8a3e0b8b0e0b980e0b89ae0b8b5e0b8a2e0b89ae0b8aae0b8b3e0b899e0b8b1e0b881e0b899e0b8b2e0b8a2e0b881e0b8a3e0b8b1e0b890e0b8a1e0b899e0b895e0b8a3e0b8b5e0b8a7e0b988e0b8b2e0b894e0b989e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b8abe0b8a3e0b8b7e0b8ade0b8a3e0b8b1e0b89ae0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b882e0b8ade0b887e0b980e0b888e0b989e0b8b2e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b988e0b882e0b8ade0b887e0b8a3e0b8b1e0b89020e0b89e2ee0b8a82e20323536353a20e0b8abe0b989e0b8b2e0b8a1e0b983e0b88ae0b989e0b980e0b887e0b8b4e0b899e0b8abe0b8a3e0b8b7e0b8ade0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b882e0b8ade0b887e0b897e0b8b2e0b887e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a32028e0b980e0b887e0b8b4e0b899e0b887e0b89ae0b89be0b8a3e0b8b0e0b8a1e0b8b2e0b8932920e0b88be0b8b7e0b989e0b8ade0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b983e0b8abe0b989e0b89ce0b8b9e0b989e0b89ae0b8b1e0b887e0b884e0b8b1e0b89ae0b89ae0b8b1e0b88de0b88ae0b8b2e0b8abe0b8a3e0b8b7e0b8ade0b89ae0b8b8e0b884e0b884e0b8a5e0b8ade0b8b7e0b988e0b899222c227375706572696f724c696d6974223a22333030302e3030222c227375706572696f72536f75726365223a22e0b8a3e0b8b0e0b980e0b89ae0b8b5e0b8a2e0b89ae0b8aae0b8b3e0b899e0b8b1e0b881e0b899e0b8b2e0b8a2e0b881e0b8a3e0b8b1e0b890e0b8a1e0b899e0b895e0b8a3e0b8b5e0b8a7e0b988e0b8b2e0b894e0b989e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b8abe0b8a3e0b8b7e0b8ade0b8a3e0b8b1e0b89ae0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b882e0b8ade0b887e0b980e0b888e0b989e0b8b2e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b988e0b882e0b8ade0b887e0b8a3e0b8b1e0b89020e0b89e2ee0b8a82e20323536353a20e0b984e0b8a1e0b988e0b884e0b8a7e0b8a3e0b983e0b8abe0b989e0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b981e0b881e0b988e0b89ce0b8b9e0b989e0b89ae0b8b1e0b887e0b884e0b8b1e0b89ae0b89ae0b8b1e0b88de0b88ae0b8b2e0b8abe0b8a3e0b8b7e0b8ade0b89ae0b8b8e0b884e0b884e0b8a5e0b983e0b899e0b884e0b8a3e0b8ade0b89ae0b884e0b8a3e0b8b1e0b8a7e0b882e0b8ade0b887e0b89ce0b8b9e0b989e0b89ae0b8b1e0b887e0b884e0b8b1e0b89ae0b89ae0b8b1e0b88de0b88ae0b8b220e0b899e0b8ade0b881e0b888e0b8b2e0b881e0b895e0b8b2e0b8a1e0b89be0b881e0b895e0b8b4e0b89be0b8a3e0b8b0e0b980e0b89ee0b893e0b8b5e0b899e0b8b4e0b8a2e0b8a120e0b981e0b8a5e0b8b0e0b8a1e0b8b9e0b8a5e0b884e0b988e0b8b2e0b984e0b8a1e0b988e0b980e0b881e0b8b4e0b899e0b897e0b8b5e0b98820e0b89b2ee0b89b2ee0b88a2e20e0b881e0b8b3e0b8abe0b899e0b8942028332c30303020e0b89ae0b8b2e0b89729227d2c22686561644f664167656e6379223a7b22736f75726365223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a820e0b89b2ee0b89b2ee0b88a2e20e0b980e0b8a3e0b8b7e0b988e0b8ade0b88720e0b8abe0b8a5e0b8b1e0b881e0b980e0b881e0b893e0b891e0b98ce0b881e0b8b2e0b8a3e0b8a3e0b8b1e0b89ae0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b8abe0b8a3e0b8b7e0b8ade0b89be0b8a3e0b8b0e0b982e0b8a2e0b88ae0b899e0b98ce0b8ade0b8b7e0b988e0b899e0b983e0b894e0b982e0b894e0b8a2e0b898e0b8a3e0b8a3e0b8a1e0b888e0b8a3e0b8a3e0b8a2e0b8b22028e0b89ce0b8b9e0b989e0b894e0b8b3e0b8a3e0b887e0b895e0b8b3e0b981e0b8abe0b899e0b988e0b887e0b8abe0b8b1e0b8a7e0b8abe0b899e0b989e0b8b2e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b899e0b981e0b888e0b989e0b887e0b895e0b988e0b8ade0b89ce0b8b9e0b989e0b8a1e0b8b5e0b8ade0b8b3e0b899e0b8b2e0b888e0b881e0b8b3e0b881e0b8b1e0b89ae0b894e0b8b9e0b981e0b8a52920e0b981e0b8a5e0b8b0e0b8ade0b8b3e0b899e0b8b2e0b888e0b881e0b8b3e0b881e0b8b1e0b89ae0b894e0b8b9e0b981e0b8a5e0b8ade0b887e0b884e0b98ce0b881e0b8a3e0b89be0b881e0b884e0b8a3e0b8ade0b887e0b8aae0b988e0b8a7e0b899e0b897e0b989e0b8ade0b887e0b896e0b8b4e0b988e0b899e0b882e0b8ade0b887e0b899e0b8b2e0b8a2e0b8ade0b8b3e0b980e0b8a0e0b8ade0b981e0b8a5e0b8b0e0b89ce0b8b9e0b989e0b8a7e0b988e0b8b2e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894222c227479706573223a5b7b2268656164506f736974696f6e73223a5b22e0b899e0b8b2e0b8a2e0b881e0b980e0b897e0b8a8e0b8a1e0b899e0b895e0b8a3e0b8b5e0b895e0b8b3e0b89ae0b8a5225d2c226e657874417574686f72697479223a22e0b899e0b8b2e0b8a2e0b8ade0b8b3e0b980e0b8a0e0b8ad222c2274797065223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b895e0b8b3e0b89ae0b8a5227d2c7b2268656164506f736974696f6e73223a5b22e0b899e0b8b2e0b8a2e0b881e0b8ade0b887e0b884e0b98ce0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b8aae0b988e0b8a7e0b899e0b895e0b8b3e0b89ae0b8a5222c22e0b899e0b8b2e0b8a2e0b88120e0b8ade0b89ae0b8952e225d2c226e657874417574686f72697479223a22e0b899e0b8b2e0b8a2e0b8ade0b8b3e0b980e0b8a0e0b8ad222c2274797065223a22e0b8ade0b887e0b884e0b98ce0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b8aae0b988e0b8a7e0b899e0b895e0b8b3e0b89ae0b8a5227d2c7b2268656164506f736974696f6e73223a5b22e0b899e0b8b2e0b8a2e0b881e0b980e0b897e0b8a8e0b8a1e0b899e0b895e0b8a3e0b8b5e0b980e0b8a1e0b8b7e0b8ade0b887225d2c226e657874417574686f72697479223a22e0b89ce0b8b9e0b989e0b8a7e0b988e0b8b2e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894222c2274797065223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b980e0b8a1e0b8b7e0b8ade0b887227d2c7b2268656164506f736974696f6e73223a5b22e0b899e0b8b2e0b8a2e0b881e0b980e0b897e0b8a8e0b8a1e0b899e0b895e0b8a3e0b8b5e0b899e0b884e0b8a3225d2c226e657874417574686f72697479223a22e0b89ce0b8b9e0b989e0b8a7e0b988e0b8b2e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894222c2274797065223a22e0b980e0b897e0b8a8e0b89ae0b8b2e0b8a5e0b899e0b884e0b8a3227d2c7b2268656164506f736974696f6e73223a5b22e0b899e0b8b2e0b8a2e0b881e0b8ade0b887e0b884e0b98ce0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b8aae0b988e0b8a7e0b899e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894222c22e0b899e0b8b2e0b8a2e0b88120e0b8ade0b89ae0b8882e225d2c226e657874417574686f72697479223a22e0b89ce0b8b9e0b989e0b8a7e0b988e0b8b2e0b8a3e0b8b2e0b88ae0b881e0b8b2e0b8a3e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894222c2274797065223a22e0b8ade0b887e0b884e0b98ce0b881e0b8b2e0b8a3e0b89ae0b8a3e0b8b4e0b8abe0b8b2e0b8a3e0b8aae0b988e0b8a7e0b899e0b888e0b8b1e0b887e0b8abe0b8a7e0b8b1e0b894227d5d7d2c226e6f47696674506f6c696379223a7b227061727469657357697468427573696e657373223a747275652c22736f75726365223a22e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a8e0b980e0b888e0b895e0b899e0b8b2e0b8a3e0b8a1e0b893e0b98c204e6f204769667420506f6c69637920e0b882e0b8ade0b887e0b8abe0b899e0b988e0b8a7e0b8a2e0b887e0b8b2e0b89920284f4954204f33312920e0b981e0b8a5e0b8b0e0b8a3e0b8b0e0b980e0b89ae0b8b5e0b8a2e0b89ae0b8aae0b8b3e0b899e0b8b1e0b881e0b899e0b8b2e0b8a2e0b881e0b8a3e0b8b1e0b890e0b8a1e0b899e0b895e0b8a3e0b8b5e0b8a7e0b988e0b8b2e0b894e0b989e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b983e0b8abe0b989e0b8abe0b8a3e0b8b7e0b8ade0b8a3e0b8b1e0b89ae0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b882e0b8ade0b887e0b980e0b888e0b989e0b8b2e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b988e0b882e0b8ade0b887e0b8a3e0b8b1e0b89020e0b89e2ee0b8a82e20323536352028e0b8abe0b989e0b8b2e0b8a1e0b8a3e0b8b1e0b89ae0b882e0b8ade0b887e0b882e0b8a7e0b8b1e0b88de0b888e0b8b2e0b881e0b89ce0b8b9e0b989e0b88be0b8b6e0b988e0b887e0b8a1e0b8b5e0b8aae0b988e0b8a7e0b899e0b984e0b894e0b989e0b980e0b8aae0b8b5e0b8a2e0b881e0b8b1e0b89ae0b881e0b8b2e0b8a3e0b89be0b88fe0b8b4e0b89ae0b8b1e0b895e0b8b4e0b8abe0b899e0b989e0b8b2e0b897e0b8b5e0b98829227d2c2272656c617469766573223a5b7b22636f6465223a2273706f757365222c226c696d6974223a223130303030302e3030222c226e616d65223a22e0b884e0b8b9e0b988e0b8aae0b8a1e0b8a3e0b8aa227d2c7b22636f6465223a22706172746e6572222c226c696d6974223a223130303030302e3030222c226e616d65223a22e0b89ce0b8b9e0b989e0b8ade0b8a2e0b8b9e0b988e0b881e0b8b4e0b899e0b889e0b8b1e0b899e0b8aae0b8b2e0b8a1e0b8b5e0b8a0e0b8a3e0b8b4e0b8a2e0b8b2227d2c7b22636f6465223a22617363656e64616e74222c226c696d6974223a223130303030302e3030222c226e616d65223a22e0b89ce0b8b9e0b989e0b89ae0b8b8e0b89ee0b881e0b8b2e0b8a3e0b8b52028e0b89ae0b8b4e0b894e0b8b220e0b8a1e0b8b2e0b8a3e0b894e0b8b220e0b89be0b8b9e0b98820e0b8a2e0b988e0b8b220e0b895e0b8b220e0b8a2e0b8b2e0b8a229227d2c7b22636f6465223a2264657363656e64616e74222c226c696d6974223a223130303030302e3030222c226e616d65223a22e0b89ce0b8b9e0b989e0b8aae0b8b7e0b89ae0b8aae0b8b1e0b899e0b894e0b8b2e0b8992028e0b89ae0b8b8e0b895e0b8a320e0b8abe0b8a5e0b8b2e0b89929227d2c7b22636f6465223a227369626c696e67222c226c696d6974223a2233303030302e3030222c226e616d65223a22e0b89ee0b8b5e0b988e0b899e0b989e0b8ade0b887e0b8a3e0b988e0b8a7e0b8a1e0b89ae0b8b4e0b894e0b8b2e0b8a1e0b8b2e0b8a3e0b894e0b8b2e0b8abe0b8a3e0b8b7e0b8ade0b8a3e0b988e0b8a7e0b8a1e0b89ae0b8b4e0b894e0b8b2e0b8abe0b8a3e0b8b7e0b8ade0b8a1e0b8b2e0b8a3e0b894e0b8b2e0b980e0b894e0b8b5e0b8a2e0b8a7e0b881e0b8b1e0b899227d2c7b22636f6465223a22756e636c652d61756e74222c226c696d6974223a2231303030302e3030222c226e616d65223a22e0b8a5e0b8b8e0b88720e0b89be0b989e0b8b220e0b899e0b989e0b8b220e0b8ade0b8b2227d2c7b22636f6465223a2273706f7573652d617363656e64616e74222c226c696d6974223a2233303030302e3030222c226e616d65223a22e0b89ce0b8b9e0b989e0b89ae0b8b8e0b89ee0b881e0b8b2e0b8a3e0b8b5e0b882e0b8ade0b887e0b884e0b8b9e0b988e0b8aae0b8a1e0b8a3e0b8aa227d2c7b22636f6465223a2273706f7573652d64657363656e64616e74222c226c696d6974223a2233303030302e3030222c226e616d65223a22e0b89ce0b8b9e0b989e0b8aae0b8b7e0b89ae0b8aae0b8b1e0b899e0b894e0b8b2e0b899e0b882e0b8ade0b887e0b884e0b8b9e0b988e0b8aae0b8a1e0b8a3e0b8aa227d2c7b22636f6465223a2261646f707465642d6368696c64222c226c696d6974223a223130303030302e3030222c226e616d65223a22e0b89ae0b8b8e0b895e0b8a3e0b89ae0b8b8e0b88de0b898e0b8a3e0b8a3e0b8a1227d2c7b22636f6465223a2261646f70746976652d706172656e74222c226c696d6974223a223130303030302e3030222c226e616d65223a22e0b89ce0b8b9e0b989e0b8a3e0b8b1e0b89ae0b89ae0b8b8e0b895e0b8a3e0b89ae0b8b8e0b88de0b898e0b8a3e0b8a3e0b8a1227d5d2c227265706f727457697468696e44617973223a33302c22736f75726365223a22e0b89e2ee0b8a32ee0b89b2e20e0b8a7e0b988e0b8b2e0b894e0b989e0b8a7e0b8a2e0b881e0b8b2e0b8a3e0b89be0b989e0b8ade0b887e0b881e0b8b1e0b899e0b981e0b8a5e0b8b0e0b89be0b8a3e0b8b2e0b89ae0b89be0b8a3e0b8b2e0b8a1e0b881e0b8b2e0b8a3e0b897e0b8b8e0b888e0b8a3e0b8b4e0b89520e0b89e2ee0b8a82e203235363120e0b8a1e0b8b2e0b895e0b8a3e0b8b22031323820e0b981e0b8a5e0b8b0e0b89be0b8a3e0b8b0e0b881e0b8b2e0b8a820e0b89b2ee0b89b2ee0b88a2e20e0b980e0b8a3e0b8b7e0b988e0b8ade0b88720e0b8abe0b8a5e0b8b1e0b881e0b980e0b881e0b893e0b891e0b98ce0b881e0b8b2e0b8a3e0b8a3e0b8b1e0b89ae0b897e0b8a3e0b8b1e0b89ee0b8a2e0b98ce0b8aae0b8b4e0b899e0b8abe0b8a3e0b8b7e0b8ade0b89be0b8a3e0b8b0e0b982e0b8a2e0b88ae0b899e0b98ce0b8ade0b8b7e0b988e0b899e0b983e0b894e0b982e0b894e0b8a2e0b898e0b8a3e0b8a3e0b8a1e0b888e0b8a3e0b8a3e0b8a2e0b8b2222c227468726573686f6c64223a22333030302e3030222c2276657273696f6e223a327d7d	\N	\\x1c8e4de890ce24e574845106731cda8baaadb024f33b0415f2c5330748622fe5	\\x22d44470387a343f9c44968aeaee47640820edca5fb78ebe5cad9bca1430c974	9600101
31	gift/G-2570-001	1	GiftLogged	1	1796058000000000	1796589158220980	fatimah	\\x7b22636f756e7465727061727479223a7b226e616d65223a22e0b8a3e0b989e0b8b2e0b899e0b8aae0b8a1e0b983e0b888e0b881e0b8b2e0b8a3e0b884e0b989e0b8b2227d2c22636f756e74657270617274794b696e64223a22706572736f6e222c2264617465223a22323032362d31322d3031222c226465616c73576974684167656e6379223a66616c73652c226465706172746d656e74223a22454455222c226465736372697074696f6e223a22e0b88ae0b8b8e0b894e0b980e0b884e0b8a3e0b8b7e0b988e0b8ade0b887e0b980e0b882e0b8b5e0b8a2e0b899222c22646972656374696f6e223a227265636569766564222c22656e7472794944223a22472d323537302d303031222c22676976656e546f50656f706c6547656e6572616c6c79223a66616c73652c226f63636173696f6e223a22e0b8a7e0b8b1e0b899e0b884e0b8a5e0b989e0b8b2e0b8a2e0b8a7e0b8b1e0b899e0b980e0b881e0b8b4e0b894222c22706572736f6e223a22666174696d6168222c2272756c657356657273696f6e223a322c2276616c7565223a223830302e3030227d	\N	\\x22d44470387a343f9c44968aeaee47640820edca5fb78ebe5cad9bca1430c974	\\xcace284a236310bbc8aedff9c55956c7118cbf22f4b1d72bc0d6f296c55c1c24	9600101
\.


--
-- Data for Name: gift_activities; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.gift_activities (sequence, fiscal_year, held_on, record, agency) FROM stdin;
\.


--
-- Data for Name: gift_entries; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.gift_entries (entry_id, fiscal_year, number, direction, person, department, counterparty_name, tax_id, name_key, deals_with_agency, gift_date, value_satang, rules_version, record, reported_on, decision, agency) FROM stdin;
G-2570-001	2570	1	received	fatimah	EDU	ร้านสมใจการค้า	\N	ร้านสมใจการค้า	0	2026-12-01	80000	2	{"counterparty":{"name":"ร้านสมใจการค้า"},"counterpartyKind":"person","date":"2026-12-01","dealsWithAgency":false,"department":"EDU","description":"ชุดเครื่องเขียน","direction":"received","entryID":"G-2570-001","givenToPeopleGenerally":false,"occasion":"วันคล้ายวันเกิด","person":"fatimah","rulesVersion":2,"value":"800.00"}	\N	\N	9600101
\.


--
-- Data for Name: gift_policy; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.gift_policy (fiscal_year, record, agency) FROM stdin;
\.


--
-- Data for Name: gift_rules; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.gift_rules (version, record, agency) FROM stdin;
2	{"givenGifts":{"publicMoneyLimit":"0.00","publicMoneySource":"ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการให้หรือรับของขวัญของเจ้าหน้าที่ของรัฐ พ.ศ. 2565: ห้ามใช้เงินหรือทรัพย์สินของทางราชการ (เงินงบประมาณ) ซื้อของขวัญให้ผู้บังคับบัญชาหรือบุคคลอื่น","superiorLimit":"3000.00","superiorSource":"ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการให้หรือรับของขวัญของเจ้าหน้าที่ของรัฐ พ.ศ. 2565: ไม่ควรให้ของขวัญแก่ผู้บังคับบัญชาหรือบุคคลในครอบครัวของผู้บังคับบัญชา นอกจากตามปกติประเพณีนิยม และมูลค่าไม่เกินที่ ป.ป.ช. กำหนด (3,000 บาท)"},"headOfAgency":{"source":"ประกาศ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา (ผู้ดำรงตำแหน่งหัวหน้าหน่วยงานแจ้งต่อผู้มีอำนาจกำกับดูแล) และอำนาจกำกับดูแลองค์กรปกครองส่วนท้องถิ่นของนายอำเภอและผู้ว่าราชการจังหวัด","types":[{"headPositions":["นายกเทศมนตรีตำบล"],"nextAuthority":"นายอำเภอ","type":"เทศบาลตำบล"},{"headPositions":["นายกองค์การบริหารส่วนตำบล","นายก อบต."],"nextAuthority":"นายอำเภอ","type":"องค์การบริหารส่วนตำบล"},{"headPositions":["นายกเทศมนตรีเมือง"],"nextAuthority":"ผู้ว่าราชการจังหวัด","type":"เทศบาลเมือง"},{"headPositions":["นายกเทศมนตรีนคร"],"nextAuthority":"ผู้ว่าราชการจังหวัด","type":"เทศบาลนคร"},{"headPositions":["นายกองค์การบริหารส่วนจังหวัด","นายก อบจ."],"nextAuthority":"ผู้ว่าราชการจังหวัด","type":"องค์การบริหารส่วนจังหวัด"}]},"noGiftPolicy":{"partiesWithBusiness":true,"source":"ประกาศเจตนารมณ์ No Gift Policy ของหน่วยงาน (OIT O31) และระเบียบสำนักนายกรัฐมนตรีว่าด้วยการให้หรือรับของขวัญของเจ้าหน้าที่ของรัฐ พ.ศ. 2565 (ห้ามรับของขวัญจากผู้ซึ่งมีส่วนได้เสียกับการปฏิบัติหน้าที่)"},"relatives":[{"code":"spouse","limit":"100000.00","name":"คู่สมรส"},{"code":"partner","limit":"100000.00","name":"ผู้อยู่กินฉันสามีภริยา"},{"code":"ascendant","limit":"100000.00","name":"ผู้บุพการี (บิดา มารดา ปู่ ย่า ตา ยาย)"},{"code":"descendant","limit":"100000.00","name":"ผู้สืบสันดาน (บุตร หลาน)"},{"code":"sibling","limit":"30000.00","name":"พี่น้องร่วมบิดามารดาหรือร่วมบิดาหรือมารดาเดียวกัน"},{"code":"uncle-aunt","limit":"10000.00","name":"ลุง ป้า น้า อา"},{"code":"spouse-ascendant","limit":"30000.00","name":"ผู้บุพการีของคู่สมรส"},{"code":"spouse-descendant","limit":"30000.00","name":"ผู้สืบสันดานของคู่สมรส"},{"code":"adopted-child","limit":"100000.00","name":"บุตรบุญธรรม"},{"code":"adoptive-parent","limit":"100000.00","name":"ผู้รับบุตรบุญธรรม"}],"reportWithinDays":30,"source":"พ.ร.ป. ว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 มาตรา 128 และประกาศ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา","threshold":"3000.00","version":2}	9600101
\.


--
-- Data for Name: ita_frameworks; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.ita_frameworks (fiscal_year, version, record, agency) FROM stdin;
\.


--
-- Data for Name: ita_results; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.ita_results (fiscal_year, framework, stream_version, revisions, record, agency) FROM stdin;
\.


--
-- Data for Name: procurement_announcements; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.procurement_announcements (project_id, type, published, document, sequence, "position", agency) FROM stdin;
\.


--
-- Data for Name: procurement_bidders; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.procurement_bidders (project_id, name_key, bidder_name, bidder_tax_id, sequence, "position", agency) FROM stdin;
\.


--
-- Data for Name: procurement_contracts; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.procurement_contracts (project_id, contract_key, contract_number, winner_name, winner_name_key, winner_tax_id, tax_id_reading, signed, finishes, amount_satang, agreed_satang, status, source, sequence, agency) FROM stdin;
\.


--
-- Data for Name: procurement_departments; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.procurement_departments (department_id, name, agency) FROM stdin;
\.


--
-- Data for Name: procurement_fingerprints; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.procurement_fingerprints (project_id, fingerprint, agency) FROM stdin;
\.


--
-- Data for Name: procurement_imports; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.procurement_imports (sequence, kind, file, sha256, department_id, recorded_at, actor, record, agency) FROM stdin;
\.


--
-- Data for Name: procurement_projects; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.procurement_projects (project_id, kind, department_id, department_name, fiscal_year, feed_fiscal_year, contract_fiscal_year, feed_title, feed_title_published, contract_title, feed_method, feed_method_published, contract_method, first_published, last_published, announcement_count, budget_satang, reference_price_satang, agreed_price_satang, contract_records, agency) FROM stdin;
\.


--
-- Data for Name: projection_checkpoints; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.projection_checkpoints (name, version, sequence) FROM stdin;
store_profile	1	31
agency_directory	1	31
risk_register	1	31
coi_register	1	31
gift_log	1	31
audit_plans	1	31
ita	1	31
procurement	7	31
red_flags	1	31
\.


--
-- Data for Name: red_flag_projects; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.red_flag_projects (flag_id, project_id, agency) FROM stdin;
\.


--
-- Data for Name: red_flags; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.red_flags (flag_id, fiscal_year, number, identity, indicator, department_id, unit, supplier_name, supplier_tax_id, project_count, names_people, evidence, evidence_digest, config_version, raised_at, revisions, status, dismissed_reason, risk_id, audit_subject, stream_version, agency) FROM stdin;
\.


--
-- Data for Name: risk_measure_links; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.risk_measure_links (measure_id, risk_id, agency) FROM stdin;
\.


--
-- Data for Name: risk_measures; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.risk_measures (id, fiscal_year, title, owner, department, start_day, due_day, status, issue_area, questions, oit_items, agency) FROM stdin;
\.


--
-- Data for Name: risk_register; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.risk_register (id, fiscal_year, department, category, process, event, owner, matrix, copied_from, inherent_likelihood, inherent_impact, inherent_score, inherent_band, inherent_band_name, inherent_matrix, current_likelihood, current_impact, current_score, current_band, current_band_name, current_matrix, residual_likelihood, residual_impact, residual_score, residual_band, residual_band_name, residual_matrix, accepted_until, accepted_by, agency) FROM stdin;
R-2570-001	2570	FIN	procurement	การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง	แบ่งซื้อแบ่งจ้าง	ผอ.กองคลัง	5x5	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	9600101
\.


--
-- Data for Name: store_profile; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.store_profile (id, agency_name, department_id, created_by, created_at, agency) FROM stdin;
1	เทศบาลตำบลเจ๊ะเห	9600101	sujarit	1796589157051296	9600101
\.


--
-- Data for Name: sujarit_migrations; Type: TABLE DATA; Schema: agency_9600101; Owner: -
--

COPY agency_9600101.sujarit_migrations (id, applied_at) FROM stdin;
v1: event log	2026-12-06 20:32:37.079936+00
v2: audit-trail indexes	2026-12-06 20:32:37.079936+00
\.


--
-- Data for Name: agencies; Type: TABLE DATA; Schema: sujarit; Owner: -
--

COPY sujarit.agencies (department_id, schema_name, province, registered_by, registered_at) FROM stdin;
6302203	agency_6302203	96	sujarit	2026-12-06 20:32:31.754408+00
9600101	agency_9600101	96	sujarit	2026-12-06 20:32:37.079936+00
\.


--
-- Name: agency_departments agency_departments_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.agency_departments
    ADD CONSTRAINT agency_departments_pkey PRIMARY KEY (code);


--
-- Name: agency_staff agency_staff_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.agency_staff
    ADD CONSTRAINT agency_staff_pkey PRIMARY KEY (id);


--
-- Name: audit_engagements audit_engagements_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.audit_engagements
    ADD CONSTRAINT audit_engagements_pkey PRIMARY KEY (fiscal_year, subject);


--
-- Name: audit_findings audit_findings_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.audit_findings
    ADD CONSTRAINT audit_findings_pkey PRIMARY KEY (id);


--
-- Name: audit_plans audit_plans_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.audit_plans
    ADD CONSTRAINT audit_plans_pkey PRIMARY KEY (fiscal_year);


--
-- Name: audit_recommendations audit_recommendations_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.audit_recommendations
    ADD CONSTRAINT audit_recommendations_pkey PRIMARY KEY (finding_id, number);


--
-- Name: audit_subjects audit_subjects_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.audit_subjects
    ADD CONSTRAINT audit_subjects_pkey PRIMARY KEY (id);


--
-- Name: chain_head chain_head_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.chain_head
    ADD CONSTRAINT chain_head_pkey PRIMARY KEY (id);


--
-- Name: coi_committee_seats coi_committee_seats_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.coi_committee_seats
    ADD CONSTRAINT coi_committee_seats_pkey PRIMARY KEY (project, staff_id, role);


--
-- Name: coi_declarations coi_declarations_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.coi_declarations
    ADD CONSTRAINT coi_declarations_pkey PRIMARY KEY (declaration_id);


--
-- Name: coi_interests coi_interests_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.coi_interests
    ADD CONSTRAINT coi_interests_pkey PRIMARY KEY (declaration_id, "position");


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (sequence);


--
-- Name: events events_stream_id_stream_version_key; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.events
    ADD CONSTRAINT events_stream_id_stream_version_key UNIQUE (stream_id, stream_version);


--
-- Name: gift_activities gift_activities_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.gift_activities
    ADD CONSTRAINT gift_activities_pkey PRIMARY KEY (sequence);


--
-- Name: gift_entries gift_entries_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.gift_entries
    ADD CONSTRAINT gift_entries_pkey PRIMARY KEY (entry_id);


--
-- Name: gift_policy gift_policy_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.gift_policy
    ADD CONSTRAINT gift_policy_pkey PRIMARY KEY (fiscal_year);


--
-- Name: gift_rules gift_rules_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.gift_rules
    ADD CONSTRAINT gift_rules_pkey PRIMARY KEY (version);


--
-- Name: ita_frameworks ita_frameworks_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.ita_frameworks
    ADD CONSTRAINT ita_frameworks_pkey PRIMARY KEY (fiscal_year, version);


--
-- Name: ita_results ita_results_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.ita_results
    ADD CONSTRAINT ita_results_pkey PRIMARY KEY (fiscal_year);


--
-- Name: procurement_announcements procurement_announcements_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.procurement_announcements
    ADD CONSTRAINT procurement_announcements_pkey PRIMARY KEY (project_id, type, published, document);


--
-- Name: procurement_bidders procurement_bidders_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.procurement_bidders
    ADD CONSTRAINT procurement_bidders_pkey PRIMARY KEY (project_id, name_key);


--
-- Name: procurement_contracts procurement_contracts_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.procurement_contracts
    ADD CONSTRAINT procurement_contracts_pkey PRIMARY KEY (project_id, contract_key);


--
-- Name: procurement_departments procurement_departments_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.procurement_departments
    ADD CONSTRAINT procurement_departments_pkey PRIMARY KEY (department_id);


--
-- Name: procurement_fingerprints procurement_fingerprints_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.procurement_fingerprints
    ADD CONSTRAINT procurement_fingerprints_pkey PRIMARY KEY (project_id, fingerprint);


--
-- Name: procurement_imports procurement_imports_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.procurement_imports
    ADD CONSTRAINT procurement_imports_pkey PRIMARY KEY (sequence);


--
-- Name: procurement_projects procurement_projects_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.procurement_projects
    ADD CONSTRAINT procurement_projects_pkey PRIMARY KEY (project_id);


--
-- Name: projection_checkpoints projection_checkpoints_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.projection_checkpoints
    ADD CONSTRAINT projection_checkpoints_pkey PRIMARY KEY (name);


--
-- Name: red_flag_projects red_flag_projects_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.red_flag_projects
    ADD CONSTRAINT red_flag_projects_pkey PRIMARY KEY (flag_id, project_id);


--
-- Name: red_flags red_flags_identity_key; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.red_flags
    ADD CONSTRAINT red_flags_identity_key UNIQUE (identity);


--
-- Name: red_flags red_flags_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.red_flags
    ADD CONSTRAINT red_flags_pkey PRIMARY KEY (flag_id);


--
-- Name: risk_measure_links risk_measure_links_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.risk_measure_links
    ADD CONSTRAINT risk_measure_links_pkey PRIMARY KEY (measure_id, risk_id);


--
-- Name: risk_measures risk_measures_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.risk_measures
    ADD CONSTRAINT risk_measures_pkey PRIMARY KEY (id);


--
-- Name: risk_register risk_register_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.risk_register
    ADD CONSTRAINT risk_register_pkey PRIMARY KEY (id);


--
-- Name: store_profile store_profile_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.store_profile
    ADD CONSTRAINT store_profile_pkey PRIMARY KEY (id);


--
-- Name: sujarit_migrations sujarit_migrations_pkey; Type: CONSTRAINT; Schema: agency_6302203; Owner: -
--

ALTER TABLE ONLY agency_6302203.sujarit_migrations
    ADD CONSTRAINT sujarit_migrations_pkey PRIMARY KEY (id);


--
-- Name: agency_departments agency_departments_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.agency_departments
    ADD CONSTRAINT agency_departments_pkey PRIMARY KEY (code);


--
-- Name: agency_staff agency_staff_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.agency_staff
    ADD CONSTRAINT agency_staff_pkey PRIMARY KEY (id);


--
-- Name: audit_engagements audit_engagements_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.audit_engagements
    ADD CONSTRAINT audit_engagements_pkey PRIMARY KEY (fiscal_year, subject);


--
-- Name: audit_findings audit_findings_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.audit_findings
    ADD CONSTRAINT audit_findings_pkey PRIMARY KEY (id);


--
-- Name: audit_plans audit_plans_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.audit_plans
    ADD CONSTRAINT audit_plans_pkey PRIMARY KEY (fiscal_year);


--
-- Name: audit_recommendations audit_recommendations_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.audit_recommendations
    ADD CONSTRAINT audit_recommendations_pkey PRIMARY KEY (finding_id, number);


--
-- Name: audit_subjects audit_subjects_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.audit_subjects
    ADD CONSTRAINT audit_subjects_pkey PRIMARY KEY (id);


--
-- Name: chain_head chain_head_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.chain_head
    ADD CONSTRAINT chain_head_pkey PRIMARY KEY (id);


--
-- Name: coi_committee_seats coi_committee_seats_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.coi_committee_seats
    ADD CONSTRAINT coi_committee_seats_pkey PRIMARY KEY (project, staff_id, role);


--
-- Name: coi_declarations coi_declarations_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.coi_declarations
    ADD CONSTRAINT coi_declarations_pkey PRIMARY KEY (declaration_id);


--
-- Name: coi_interests coi_interests_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.coi_interests
    ADD CONSTRAINT coi_interests_pkey PRIMARY KEY (declaration_id, "position");


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (sequence);


--
-- Name: events events_stream_id_stream_version_key; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.events
    ADD CONSTRAINT events_stream_id_stream_version_key UNIQUE (stream_id, stream_version);


--
-- Name: gift_activities gift_activities_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.gift_activities
    ADD CONSTRAINT gift_activities_pkey PRIMARY KEY (sequence);


--
-- Name: gift_entries gift_entries_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.gift_entries
    ADD CONSTRAINT gift_entries_pkey PRIMARY KEY (entry_id);


--
-- Name: gift_policy gift_policy_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.gift_policy
    ADD CONSTRAINT gift_policy_pkey PRIMARY KEY (fiscal_year);


--
-- Name: gift_rules gift_rules_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.gift_rules
    ADD CONSTRAINT gift_rules_pkey PRIMARY KEY (version);


--
-- Name: ita_frameworks ita_frameworks_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.ita_frameworks
    ADD CONSTRAINT ita_frameworks_pkey PRIMARY KEY (fiscal_year, version);


--
-- Name: ita_results ita_results_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.ita_results
    ADD CONSTRAINT ita_results_pkey PRIMARY KEY (fiscal_year);


--
-- Name: procurement_announcements procurement_announcements_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.procurement_announcements
    ADD CONSTRAINT procurement_announcements_pkey PRIMARY KEY (project_id, type, published, document);


--
-- Name: procurement_bidders procurement_bidders_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.procurement_bidders
    ADD CONSTRAINT procurement_bidders_pkey PRIMARY KEY (project_id, name_key);


--
-- Name: procurement_contracts procurement_contracts_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.procurement_contracts
    ADD CONSTRAINT procurement_contracts_pkey PRIMARY KEY (project_id, contract_key);


--
-- Name: procurement_departments procurement_departments_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.procurement_departments
    ADD CONSTRAINT procurement_departments_pkey PRIMARY KEY (department_id);


--
-- Name: procurement_fingerprints procurement_fingerprints_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.procurement_fingerprints
    ADD CONSTRAINT procurement_fingerprints_pkey PRIMARY KEY (project_id, fingerprint);


--
-- Name: procurement_imports procurement_imports_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.procurement_imports
    ADD CONSTRAINT procurement_imports_pkey PRIMARY KEY (sequence);


--
-- Name: procurement_projects procurement_projects_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.procurement_projects
    ADD CONSTRAINT procurement_projects_pkey PRIMARY KEY (project_id);


--
-- Name: projection_checkpoints projection_checkpoints_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.projection_checkpoints
    ADD CONSTRAINT projection_checkpoints_pkey PRIMARY KEY (name);


--
-- Name: red_flag_projects red_flag_projects_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.red_flag_projects
    ADD CONSTRAINT red_flag_projects_pkey PRIMARY KEY (flag_id, project_id);


--
-- Name: red_flags red_flags_identity_key; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.red_flags
    ADD CONSTRAINT red_flags_identity_key UNIQUE (identity);


--
-- Name: red_flags red_flags_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.red_flags
    ADD CONSTRAINT red_flags_pkey PRIMARY KEY (flag_id);


--
-- Name: risk_measure_links risk_measure_links_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.risk_measure_links
    ADD CONSTRAINT risk_measure_links_pkey PRIMARY KEY (measure_id, risk_id);


--
-- Name: risk_measures risk_measures_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.risk_measures
    ADD CONSTRAINT risk_measures_pkey PRIMARY KEY (id);


--
-- Name: risk_register risk_register_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.risk_register
    ADD CONSTRAINT risk_register_pkey PRIMARY KEY (id);


--
-- Name: store_profile store_profile_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.store_profile
    ADD CONSTRAINT store_profile_pkey PRIMARY KEY (id);


--
-- Name: sujarit_migrations sujarit_migrations_pkey; Type: CONSTRAINT; Schema: agency_9600101; Owner: -
--

ALTER TABLE ONLY agency_9600101.sujarit_migrations
    ADD CONSTRAINT sujarit_migrations_pkey PRIMARY KEY (id);


--
-- Name: agencies agencies_pkey; Type: CONSTRAINT; Schema: sujarit; Owner: -
--

ALTER TABLE ONLY sujarit.agencies
    ADD CONSTRAINT agencies_pkey PRIMARY KEY (department_id);


--
-- Name: agencies agencies_schema_name_key; Type: CONSTRAINT; Schema: sujarit; Owner: -
--

ALTER TABLE ONLY sujarit.agencies
    ADD CONSTRAINT agencies_schema_name_key UNIQUE (schema_name);


--
-- Name: audit_recommendations_subject; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX audit_recommendations_subject ON agency_6302203.audit_recommendations USING btree (subject, status);


--
-- Name: coi_declarations_project; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX coi_declarations_project ON agency_6302203.coi_declarations USING btree (project);


--
-- Name: coi_interests_name_key; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX coi_interests_name_key ON agency_6302203.coi_interests USING btree (name_key);


--
-- Name: coi_interests_tax_id; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX coi_interests_tax_id ON agency_6302203.coi_interests USING btree (tax_id);


--
-- Name: events_actor; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX events_actor ON agency_6302203.events USING btree (actor, sequence);


--
-- Name: events_dedupe_key; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE UNIQUE INDEX events_dedupe_key ON agency_6302203.events USING btree (dedupe_key) WHERE (dedupe_key IS NOT NULL);


--
-- Name: events_recorded_at; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX events_recorded_at ON agency_6302203.events USING btree (recorded_at, sequence);


--
-- Name: events_type; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX events_type ON agency_6302203.events USING btree (event_type);


--
-- Name: gift_entries_date; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX gift_entries_date ON agency_6302203.gift_entries USING btree (gift_date);


--
-- Name: gift_entries_name_key; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX gift_entries_name_key ON agency_6302203.gift_entries USING btree (name_key);


--
-- Name: gift_entries_tax_id; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX gift_entries_tax_id ON agency_6302203.gift_entries USING btree (tax_id);


--
-- Name: procurement_bidders_tax_id; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX procurement_bidders_tax_id ON agency_6302203.procurement_bidders USING btree (bidder_tax_id);


--
-- Name: procurement_contracts_name_key; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX procurement_contracts_name_key ON agency_6302203.procurement_contracts USING btree (winner_name_key);


--
-- Name: procurement_contracts_tax_id; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX procurement_contracts_tax_id ON agency_6302203.procurement_contracts USING btree (winner_tax_id);


--
-- Name: procurement_projects_department; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX procurement_projects_department ON agency_6302203.procurement_projects USING btree (department_id, project_id);


--
-- Name: procurement_projects_year; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX procurement_projects_year ON agency_6302203.procurement_projects USING btree (fiscal_year, project_id);


--
-- Name: red_flag_projects_project; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX red_flag_projects_project ON agency_6302203.red_flag_projects USING btree (project_id);


--
-- Name: red_flags_indicator; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX red_flags_indicator ON agency_6302203.red_flags USING btree (indicator);


--
-- Name: red_flags_status; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX red_flags_status ON agency_6302203.red_flags USING btree (status);


--
-- Name: red_flags_year; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX red_flags_year ON agency_6302203.red_flags USING btree (fiscal_year, number);


--
-- Name: risk_measure_links_risk; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX risk_measure_links_risk ON agency_6302203.risk_measure_links USING btree (risk_id);


--
-- Name: risk_register_year; Type: INDEX; Schema: agency_6302203; Owner: -
--

CREATE INDEX risk_register_year ON agency_6302203.risk_register USING btree (fiscal_year, department, category);


--
-- Name: audit_recommendations_subject; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX audit_recommendations_subject ON agency_9600101.audit_recommendations USING btree (subject, status);


--
-- Name: coi_declarations_project; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX coi_declarations_project ON agency_9600101.coi_declarations USING btree (project);


--
-- Name: coi_interests_name_key; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX coi_interests_name_key ON agency_9600101.coi_interests USING btree (name_key);


--
-- Name: coi_interests_tax_id; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX coi_interests_tax_id ON agency_9600101.coi_interests USING btree (tax_id);


--
-- Name: events_actor; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX events_actor ON agency_9600101.events USING btree (actor, sequence);


--
-- Name: events_dedupe_key; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE UNIQUE INDEX events_dedupe_key ON agency_9600101.events USING btree (dedupe_key) WHERE (dedupe_key IS NOT NULL);


--
-- Name: events_recorded_at; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX events_recorded_at ON agency_9600101.events USING btree (recorded_at, sequence);


--
-- Name: events_type; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX events_type ON agency_9600101.events USING btree (event_type);


--
-- Name: gift_entries_date; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX gift_entries_date ON agency_9600101.gift_entries USING btree (gift_date);


--
-- Name: gift_entries_name_key; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX gift_entries_name_key ON agency_9600101.gift_entries USING btree (name_key);


--
-- Name: gift_entries_tax_id; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX gift_entries_tax_id ON agency_9600101.gift_entries USING btree (tax_id);


--
-- Name: procurement_bidders_tax_id; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX procurement_bidders_tax_id ON agency_9600101.procurement_bidders USING btree (bidder_tax_id);


--
-- Name: procurement_contracts_name_key; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX procurement_contracts_name_key ON agency_9600101.procurement_contracts USING btree (winner_name_key);


--
-- Name: procurement_contracts_tax_id; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX procurement_contracts_tax_id ON agency_9600101.procurement_contracts USING btree (winner_tax_id);


--
-- Name: procurement_projects_department; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX procurement_projects_department ON agency_9600101.procurement_projects USING btree (department_id, project_id);


--
-- Name: procurement_projects_year; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX procurement_projects_year ON agency_9600101.procurement_projects USING btree (fiscal_year, project_id);


--
-- Name: red_flag_projects_project; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX red_flag_projects_project ON agency_9600101.red_flag_projects USING btree (project_id);


--
-- Name: red_flags_indicator; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX red_flags_indicator ON agency_9600101.red_flags USING btree (indicator);


--
-- Name: red_flags_status; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX red_flags_status ON agency_9600101.red_flags USING btree (status);


--
-- Name: red_flags_year; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX red_flags_year ON agency_9600101.red_flags USING btree (fiscal_year, number);


--
-- Name: risk_measure_links_risk; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX risk_measure_links_risk ON agency_9600101.risk_measure_links USING btree (risk_id);


--
-- Name: risk_register_year; Type: INDEX; Schema: agency_9600101; Owner: -
--

CREATE INDEX risk_register_year ON agency_9600101.risk_register USING btree (fiscal_year, department, category);


--
-- Name: events events_no_truncate; Type: TRIGGER; Schema: agency_6302203; Owner: -
--

CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON agency_6302203.events FOR EACH STATEMENT EXECUTE FUNCTION agency_6302203.sujarit_events_append_only();


--
-- Name: events events_no_update; Type: TRIGGER; Schema: agency_6302203; Owner: -
--

CREATE TRIGGER events_no_update BEFORE DELETE OR UPDATE ON agency_6302203.events FOR EACH ROW EXECUTE FUNCTION agency_6302203.sujarit_events_append_only();


--
-- Name: events events_no_truncate; Type: TRIGGER; Schema: agency_9600101; Owner: -
--

CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON agency_9600101.events FOR EACH STATEMENT EXECUTE FUNCTION agency_9600101.sujarit_events_append_only();


--
-- Name: events events_no_update; Type: TRIGGER; Schema: agency_9600101; Owner: -
--

CREATE TRIGGER events_no_update BEFORE DELETE OR UPDATE ON agency_9600101.events FOR EACH ROW EXECUTE FUNCTION agency_9600101.sujarit_events_append_only();


--
-- PostgreSQL database dump complete
--

\unrestrict yZgRmuam1pbXg5r2El3ho54hM2SosysRlrlwccu40V6VKFFNpaTaTcMhl0Nhz1O


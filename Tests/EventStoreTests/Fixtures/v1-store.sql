--
-- PostgreSQL database dump
--

\restrict X16kyiDMd2YffBnZZVodbdyqZ3pcL0Is82lAGzKfs2esQDNKFrL0TQWKHkFQw7C

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
-- Name: sujarit_events_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.sujarit_events_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'the event log is append-only'; END $$;


SET default_table_access_method = heap;

--
-- Name: chain_head; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.chain_head (
    id integer NOT NULL,
    sequence bigint NOT NULL,
    hash bytea NOT NULL,
    CONSTRAINT chain_head_id_check CHECK ((id = 1))
);


--
-- Name: count_by_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.count_by_type (
    event_type text NOT NULL,
    n bigint NOT NULL
);


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
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
    hash bytea NOT NULL
);


--
-- Name: projection_checkpoints; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projection_checkpoints (
    name text NOT NULL,
    version integer NOT NULL,
    sequence bigint NOT NULL
);


--
-- Name: sujarit_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sujarit_migrations (
    id text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Data for Name: chain_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.chain_head VALUES
	(1, 26, '\x03a6a878f2f7e697cc18a74aed067beef24f8a4b18f5337b3b764f2ff0ccc945');


--
-- Data for Name: count_by_type; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.count_by_type VALUES
	('Scored', 7),
	('Reviewed', 10),
	('Closed', 1),
	('Noted', 7),
	('Refused', 1);


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES
	(1, 'risk/R-2568-001', 1, 'Noted', 1, 1727744400000000, 1727740800000000, 'malee', '\x7b226e223a312c226e6f7465223a22e0b8a3e0b8ade0b89a2031227d', NULL, '\x0000000000000000000000000000000000000000000000000000000000000000', '\xaa7c8c5e7a5909dc1701a477a96d0521c025c8d53c61d743b1ae8afa4c91c398'),
	(2, 'risk/R-2568-002', 1, 'Scored', 1, 1727748000000000, 1727762400000000, 'prasert', '\x7b226e223a322c226e6f7465223a22e0b8a3e0b8ade0b89a2031227d', NULL, '\xaa7c8c5e7a5909dc1701a477a96d0521c025c8d53c61d743b1ae8afa4c91c398', '\xb2926047db9af7ca8e6c8139fcc1c3eee9c1bb00103331b79c7e10e83b92173a'),
	(3, 'gift/G-2568-001', 1, 'Reviewed', 1, 1727751600000000, 1727784000000000, 'somchai', '\x7b226e223a332c226e6f7465223a22e0b8a3e0b8ade0b89a2031227d', NULL, '\xb2926047db9af7ca8e6c8139fcc1c3eee9c1bb00103331b79c7e10e83b92173a', '\xb875ff09c5a537a76e7983c09fba23b05d2973ff61a4be996638040bc9c478da'),
	(4, 'audit/A-2568-01', 1, 'Scored', 1, 1727755200000000, 1727805600000000, 'malee', '\x7b226e223a342c226e6f7465223a22e0b8a3e0b8ade0b89a2031227d', NULL, '\xb875ff09c5a537a76e7983c09fba23b05d2973ff61a4be996638040bc9c478da', '\xebf0e8e8f4b9e472b1f59e07454eec976a7634862207d88688433fe9232a5040'),
	(5, 'declaration/D-2568-07', 1, 'Reviewed', 1, 1727758800000000, 1727827200000000, 'prasert', '\x7b226e223a352c226e6f7465223a22e0b8a3e0b8ade0b89a2031227d', NULL, '\xebf0e8e8f4b9e472b1f59e07454eec976a7634862207d88688433fe9232a5040', '\xb9e8500d4bbd955bc80b438d5afa7dbeba5f3f3f1b1e6d773fd701b622c8e5ca'),
	(6, 'risk/R-2568-001', 2, 'Scored', 1, 1727762400000000, 1727848800000000, 'malee', '\x7b226e223a362c226e6f7465223a22e0b8a3e0b8ade0b89a2032227d', NULL, '\xb9e8500d4bbd955bc80b438d5afa7dbeba5f3f3f1b1e6d773fd701b622c8e5ca', '\x42e8e783dd922c5aa3837493932df554745420eac5441a5a70dabf4f261e0033'),
	(7, 'risk/R-2568-002', 2, 'Reviewed', 1, 1727766000000000, 1727870400000000, 'prasert', '\x7b226e223a372c226e6f7465223a22e0b8a3e0b8ade0b89a2032227d', 'egp:import:6601-0007', '\x42e8e783dd922c5aa3837493932df554745420eac5441a5a70dabf4f261e0033', '\xe186ca3dc57fb4daea7c008c7ce7ce8a7631081f7a41bb09550ac3d44a57944a'),
	(8, 'gift/G-2568-002', 1, 'Scored', 1, 1727769600000000, 1727892000000000, 'somchai', '\x7b226e223a382c226e6f7465223a22e0b8a3e0b8ade0b89a2032227d', NULL, '\xe186ca3dc57fb4daea7c008c7ce7ce8a7631081f7a41bb09550ac3d44a57944a', '\xeea6cb2812d31c5b2b5bec27f4d9e738f7f49a812878e3ed5f56357c2b6ab1f4'),
	(9, 'audit/A-2568-01', 2, 'Reviewed', 1, 1727773200000000, 1727913600000000, 'malee', '\x7b226e223a392c226e6f7465223a22e0b8a3e0b8ade0b89a2032227d', NULL, '\xeea6cb2812d31c5b2b5bec27f4d9e738f7f49a812878e3ed5f56357c2b6ab1f4', '\xf8a4f469e0e5d44920d92c151e4588d23551dbe83650169237e0daa18cff0c91'),
	(10, 'declaration/D-2568-07', 2, 'Noted', 1, 1727776800000000, 1727935200000000, 'prasert', '\x7b226e223a31302c226e6f7465223a22e0b8a3e0b8ade0b89a2032227d', NULL, '\xf8a4f469e0e5d44920d92c151e4588d23551dbe83650169237e0daa18cff0c91', '\x827e961d81d3ccac2b290db01a8be27b2b765e6243462c38dd7cffbfd0b55543'),
	(11, 'risk/R-2568-001', 3, 'Reviewed', 1, 1727780400000000, 1727956800000000, 'malee', '\x7b226e223a31312c226e6f7465223a22e0b8a3e0b8ade0b89a2033227d', NULL, '\x827e961d81d3ccac2b290db01a8be27b2b765e6243462c38dd7cffbfd0b55543', '\x6b68a99a03fcb33bf6fe05d837348d88d0ce3b1df91421a18b57d321485a2643'),
	(12, 'gift/G-2568-001', 2, 'Scored', 1, 1727784000000000, 1727978400000000, 'prasert', '\x7b226e223a31322c226e6f7465223a22e0b8a3e0b8ade0b89a2033227d', NULL, '\x6b68a99a03fcb33bf6fe05d837348d88d0ce3b1df91421a18b57d321485a2643', '\x9b282085e99c7829445b30d7dde3fba1c5ec5de867b13ab1276996365b5a1e66'),
	(13, 'gift/G-2568-002', 2, 'Reviewed', 1, 1727787600000000, 1728000000000000, 'somchai', '\x7b226e223a31332c226e6f7465223a22e0b8a3e0b8ade0b89a2033227d', NULL, '\x9b282085e99c7829445b30d7dde3fba1c5ec5de867b13ab1276996365b5a1e66', '\x9572ae3e4849f2998983305101aa296e48fdbf6483dc282fed8849be41a03eff'),
	(14, 'audit/A-2568-01', 3, 'Noted', 1, 1727791200000000, 1728021600000000, 'malee', '\x7b226e223a31342c226e6f7465223a22e0b8a3e0b8ade0b89a2033227d', NULL, '\x9572ae3e4849f2998983305101aa296e48fdbf6483dc282fed8849be41a03eff', '\x7fd3f9f328849de1999410b12929f9562527d7eacd7ab6ffbef273e50172c23f'),
	(15, 'risk/R-2568-002', 3, 'Scored', 1, 1727794800000000, 1728043200000000, 'somchai', '\x7b226e223a31352c226e6f7465223a22e0b8a3e0b8ade0b89a2034227d', NULL, '\x7fd3f9f328849de1999410b12929f9562527d7eacd7ab6ffbef273e50172c23f', '\x3d034da5483b3c8366e2199a0b022ff75544959d1a7eff3d616ab5b616d1fced'),
	(16, 'gift/G-2568-001', 3, 'Reviewed', 1, 1727798400000000, 1728064800000000, 'malee', '\x7b226e223a31362c226e6f7465223a22e0b8a3e0b8ade0b89a2034227d', NULL, '\x3d034da5483b3c8366e2199a0b022ff75544959d1a7eff3d616ab5b616d1fced', '\x47f780d00f8c05b3ca8ee1bab4d994763baf05a6fd401b7c31e9d3ac03774854'),
	(17, 'gift/G-2568-002', 3, 'Noted', 1, 1727802000000000, 1728086400000000, 'prasert', '\x7b226e223a31372c226e6f7465223a22e0b8a3e0b8ade0b89a2034227d', NULL, '\x47f780d00f8c05b3ca8ee1bab4d994763baf05a6fd401b7c31e9d3ac03774854', '\x34706bd98c9e0292fdea270b5d332e1ed58a682b2578bf64ab1ee7ac4f905909'),
	(18, 'declaration/D-2568-07', 3, 'Reviewed', 1, 1727805600000000, 1728108000000000, 'somchai', '\x7b226e223a31382c226e6f7465223a22e0b8a3e0b8ade0b89a2034227d', NULL, '\x34706bd98c9e0292fdea270b5d332e1ed58a682b2578bf64ab1ee7ac4f905909', '\xd209ec4493c2a4b47b76ea997cf150b7ae4144cb8df606ba16c80744a3c27532'),
	(19, 'risk/R-2568-001', 4, 'Scored', 1, 1727809200000000, 1728129600000000, 'prasert', '\x7b226e223a31392c226e6f7465223a22e0b8a3e0b8ade0b89a2035227d', NULL, '\xd209ec4493c2a4b47b76ea997cf150b7ae4144cb8df606ba16c80744a3c27532', '\x1b1881cc50eec2d14e0fafe1f5c97d7e7f7c46a38c52ad071805b0aa297353ea'),
	(20, 'risk/R-2568-002', 4, 'Reviewed', 1, 1727812800000000, 1728151200000000, 'somchai', '\x7b226e223a32302c226e6f7465223a22e0b8a3e0b8ade0b89a2035227d', NULL, '\x1b1881cc50eec2d14e0fafe1f5c97d7e7f7c46a38c52ad071805b0aa297353ea', '\xb6e24022ff8b0aa9af201a5e283e9ce2bc29baa22f9972cb0fb26dec4d4851c7'),
	(21, 'gift/G-2568-001', 4, 'Noted', 1, 1727816400000000, 1728172800000000, 'malee', '\x7b226e223a32312c226e6f7465223a22e0b8a3e0b8ade0b89a2035227d', NULL, '\xb6e24022ff8b0aa9af201a5e283e9ce2bc29baa22f9972cb0fb26dec4d4851c7', '\x961aac6e89852f621477765ea1e848355c4eccf210bbff55da4247bb0db39e7e'),
	(22, 'audit/A-2568-01', 4, 'Reviewed', 1, 1727820000000000, 1728194400000000, 'prasert', '\x7b226e223a32322c226e6f7465223a22e0b8a3e0b8ade0b89a2035227d', NULL, '\x961aac6e89852f621477765ea1e848355c4eccf210bbff55da4247bb0db39e7e', '\x802332800a79057e01a55a99b6a5998087657c3950f048cba534ec8bdbb20405'),
	(23, 'declaration/D-2568-07', 4, 'Noted', 1, 1727823600000000, 1728216000000000, 'somchai', '\x7b226e223a32332c226e6f7465223a22e0b8a3e0b8ade0b89a2035227d', NULL, '\x802332800a79057e01a55a99b6a5998087657c3950f048cba534ec8bdbb20405', '\xe66ea3fa01d250d8e5f5827cf066e4e6c4e5ea0d09166e1a186274819a003a3b'),
	(24, 'risk/R-2568-001', 5, 'Closed', 1, 1727740800000000, 1728237600000000, 'malee', '\x7b226e223a3130307d', NULL, '\xe66ea3fa01d250d8e5f5827cf066e4e6c4e5ea0d09166e1a186274819a003a3b', '\x4426f195d055ed081dcdd590d7a5809c57e7a5f1747073086946c9dc911ab36b'),
	(25, 'gift/G-2568-003', 1, 'Noted', 1, 1727740800000000, 1728237600000000, 'malee', '\x7b226e223a3130317d', NULL, '\x4426f195d055ed081dcdd590d7a5809c57e7a5f1747073086946c9dc911ab36b', '\x2588edbea11818a78467999c7df813335bd77a56c983b669cedf23459c1c507f'),
	(26, 'gift/G-2568-003', 2, 'Refused', 1, 1727740800000000, 1728237600000000, 'malee', '\x7b226e223a3130327d', NULL, '\x2588edbea11818a78467999c7df813335bd77a56c983b669cedf23459c1c507f', '\x03a6a878f2f7e697cc18a74aed067beef24f8a4b18f5337b3b764f2ff0ccc945');


--
-- Data for Name: projection_checkpoints; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.projection_checkpoints VALUES
	('count_by_type', 1, 26);


--
-- Data for Name: sujarit_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sujarit_migrations VALUES
	('v1: event log', '2026-11-24 23:23:21.299108+00');


--
-- Name: chain_head chain_head_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chain_head
    ADD CONSTRAINT chain_head_pkey PRIMARY KEY (id);


--
-- Name: count_by_type count_by_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.count_by_type
    ADD CONSTRAINT count_by_type_pkey PRIMARY KEY (event_type);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (sequence);


--
-- Name: events events_stream_id_stream_version_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_stream_id_stream_version_key UNIQUE (stream_id, stream_version);


--
-- Name: projection_checkpoints projection_checkpoints_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projection_checkpoints
    ADD CONSTRAINT projection_checkpoints_pkey PRIMARY KEY (name);


--
-- Name: sujarit_migrations sujarit_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sujarit_migrations
    ADD CONSTRAINT sujarit_migrations_pkey PRIMARY KEY (id);


--
-- Name: events_dedupe_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX events_dedupe_key ON public.events USING btree (dedupe_key) WHERE (dedupe_key IS NOT NULL);


--
-- Name: events_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_type ON public.events USING btree (event_type);


--
-- Name: events events_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON public.events FOR EACH STATEMENT EXECUTE FUNCTION public.sujarit_events_append_only();


--
-- Name: events events_no_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_no_update BEFORE DELETE OR UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.sujarit_events_append_only();


--
-- PostgreSQL database dump complete
--

\unrestrict X16kyiDMd2YffBnZZVodbdyqZ3pcL0Is82lAGzKfs2esQDNKFrL0TQWKHkFQw7C


# Strukturbild: the two commands are `make demo` and `make test`; each installs what it needs.
#
# QGIS comes from Debian's packages; /usr/bin/python3 is the Python that can import qgis, and the venv
# is made from it with --system-site-packages. Debian's /usr/bin/qgis_process wrapper passes an option
# its binary rejects, so qgis_process.bin is called directly, with an isolated profile under build/.

SHELL := /bin/bash
PYTHON := /usr/bin/python3
VENV := .venv
PYTEST_QGIS ?= pytest-qgis==2.1.0
VERMIN_VERSION := 1.6.0
VPY := $(VENV)/bin/python
APT_PACKAGES := qgis python3-qgis python3-scipy python3-matplotlib pyqt5-dev-tools qttools5-dev-tools poppler-utils gdal-bin zip qgis-server chromium chromium-driver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BUILD := $(CURDIR)/build
PROFILE := $(BUILD)/profile
PLUGINS := $(BUILD)/plugins
OUT := out
DEMO_GPKG := $(BUILD)/strukturbild_demo.gpkg
export QT_QPA_PLATFORM := offscreen
export XDG_RUNTIME_DIR ?= $(BUILD)/xdg
QGIS_ENV := QGIS_CUSTOM_CONFIG_PATH=$(PROFILE) QGIS_PLUGINPATH=$(PLUGINS)
QGIS_PROCESS := $(QGIS_ENV) qgis_process.bin

PY_SOURCES = $(shell git ls-files '*.py' 2>/dev/null || find . -name '*.py' -not -path './.venv/*')

.PHONY: help deps venv test lint check-py39 pytest test-lts lts-chroot demo demo-norrbotten demo-landsbygd demo-linkoping demo-web demo-publish demo-contributions package i18n translations deploy bench qgis-process-setup clean

help:
	@echo "make demo    - build the demo strukturbild PDF with qgis_process (out/strukturbild_demo.pdf)"
	@echo "make test    - install what is missing, lint (ruff), check Python 3.9 compatibility (vermin) and run the whole test suite headless"
	@echo "make test-lts - the whole suite on Debian stable's QGIS LTR (3.40, Python 3.13) in a debootstrap chroot under build/lts/"
	@echo "make bench   - benchmarks on realistic sizes (timings and ratios against a baseline)"
	@echo "make package - installable plugin zip (dist/strukturbild.zip)"
	@echo "make i18n    - update i18n/strukturbild_sv.ts from the sources and build the .qm"
	@echo "make deploy  - link the plugin into your default QGIS profile for development"

# -- installation --------------------------------------------------------------------------------------
deps: $(BUILD)/.apt-done venv

# Checked again whenever the Makefile changes (a package added to APT_PACKAGES is installed on an existing checkout).
$(BUILD)/.apt-done: Makefile
	@mkdir -p $(BUILD)
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@touch $@

venv: $(VENV)/.done $(VENV)/.api-done $(VENV)/.dask-done $(VENV)/.selenium-done

$(VENV)/.done: $(BUILD)/.apt-done
	$(PYTHON) -m venv --system-site-packages $(VENV)
	$(VPY) -m pip install -q --disable-pip-version-check pytest '$(PYTEST_QGIS)' 'pytest-qt==4.5.0' ruff 'vermin==$(VERMIN_VERSION)'
	@touch $@

# strukturbild.api (notebooks and scripts) and its tests: geopandas and friends, versions that work with Debian 12's
# numpy 1.24 and Python 3.9-3.13; pyproj is Debian's python3-pyproj, which python3-qgis depends on. A stamp of its
# own, so that an existing venv gets them too.
API_PACKAGES := 'geopandas==1.0.1' 'shapely==2.0.6' 'pandas==2.2.3' 'pyogrio==0.10.0'
$(VENV)/.api-done: $(VENV)/.done
	$(VPY) -m pip install -q --disable-pip-version-check $(API_PACKAGES)
	@touch $@

# The distributed engine's tests (tests/test_dask_engine.py: a LocalCluster of 2 worker processes): dask.distributed
# and its dependencies pinned (Python 3.10-3.13, numpy 1.24). Only the API and the tests use it; the plugin imports
# dask only when a scheduler address is set. A stamp of its own, so that an existing venv gets it too.
DASK_PACKAGES := 'dask==2024.12.1' 'distributed==2024.12.1' 'cloudpickle==3.1.0' 'toolz==1.0.0' 'msgpack==1.1.0' \
  'tornado==6.4.2' 'zict==3.0.0' 'psutil==6.1.0' 'tblib==3.0.0' 'partd==1.4.2' 'locket==1.0.0' 'fsspec==2024.10.0' \
  'click==8.1.7' 'importlib_metadata==8.5.0' 'zipp==3.21.0'
$(VENV)/.dask-done: $(VENV)/.done
	$(VPY) -m pip install -q --disable-pip-version-check $(DASK_PACKAGES)
	@touch $@

# The browser tests (tests/test_exportwebmap_browser.py) drive Debian's chromium through chromium-driver with Selenium;
# a stamp of its own, so that an existing venv gets it too. Selenium never downloads a browser or driver here: the
# tests name /usr/bin/chromium and /usr/bin/chromedriver.
SELENIUM_VERSION := 4.51.0
$(VENV)/.selenium-done: $(VENV)/.done
	$(VPY) -m pip install -q --disable-pip-version-check 'selenium==$(SELENIUM_VERSION)'
	@touch $@

$(VENV)/bin/vermin: | $(VENV)/.done
	$(VPY) -m pip install -q --disable-pip-version-check 'vermin==$(VERMIN_VERSION)'

$(XDG_RUNTIME_DIR):
	@mkdir -p $@ && chmod 700 $@

# -- translations ----------------------------------------------------------------------------------
translations: $(BUILD)/.apt-done
	lrelease -silent i18n/strukturbild_sv.ts -qm i18n/strukturbild_sv.qm

i18n: $(BUILD)/.apt-done
	pylupdate5 -noobsolete $(filter-out ./tests/% tests/% demo/% bench/% styles/% templates/%,$(PY_SOURCES)) \
	  -ts i18n/strukturbild_sv.ts
	$(MAKE) translations

# -- tests ---------------------------------------------------------------------------------------------
lint: venv
	$(VENV)/bin/ruff check .

pytest: deps translations | $(XDG_RUNTIME_DIR)
	$(VENV)/bin/pytest -q tests

# Every shipped module must import on Python 3.9 (QGIS 3.22's Python on Windows and macOS): vermin fails on syntax,
# standard-library modules, functions and arguments newer than that; tests/py39_check.py on `X | Y` unions in
# annotations and isinstance(), which vermin finds only by a heuristic that also flags Qt flags (`A | B`) and ruff's
# target version does not catch. A false vermin finding can be silenced with a `# novermin` comment on its line.
PY39_SOURCES = __init__.py api.py strukturbild_plugin processing_algorithms tests
check-py39: venv $(VENV)/bin/vermin
	$(VENV)/bin/vermin --target=3.9- --violations --eval-annotations --no-tips -q $(PY39_SOURCES)
	$(VPY) tests/py39_check.py $(PY39_SOURCES)

test: deps translations lint check-py39 pytest

# -- the whole suite on the current LTR (QGIS 3.40, Python 3.13 on Debian trixie) -----------------------------
# A chroot made with debootstrap from the Debian mirror this machine's apt uses, built on first use under $(LTS_ROOT)
# and reused after; `rm -rf $(LTS_ROOT)` rebuilds it. Each run copies the checkout (tracked and untracked, not
# ignored, files; with LTS_REF=HEAD a commit instead) into it, as a git repository of its own (the tests that list the
# package's files use git), and runs `make pytest` there. /proc and /dev/shm are mounted in a private mount namespace
# (unshare), so nothing stays mounted when the run ends. apt accepts an expired Release file (a mirror that is a dated
# snapshot). Packages come with their recommends, as `make deps` installs them (pyproj finds its data through
# proj-bin, a recommend). LTS_SUITE=sid tries Debian's newest QGIS the same way. Not part of `make test` (it takes
# minutes).
LTS_SUITE ?= trixie
LTS_ROOT ?= $(BUILD)/lts/$(LTS_SUITE)
LTS_MIRROR ?= $(or $(shell sed -n -E 's,^(URIs:|deb)[[:space:]]+(https?://[^[:space:]]+/debian)/?([[:space:]].*)?$$,\2,p' \
  /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null | head -1),http://deb.debian.org/debian)
LTS_APT_PACKAGES := $(APT_PACKAGES) python3-venv python3-pip make git ca-certificates
LTS_SRC := /root/strukturbild
LTS_VENV := /root/venv
LTS_BUILD := /root/build
LTS_PYTEST_QGIS ?= $(PYTEST_QGIS)
# pip in the chroot trusts this machine's CA bundle too (a TLS-intercepting proxy's certificate lives there).
LTS_HOST_CA ?= $(wildcard /etc/ssl/certs/ca-certificates.crt)
# $(call lts_run,COMMAND): COMMAND as root in the chroot, with a clean environment.
lts_run = $(SUDO) unshare --mount --propagation private sh -ec '\
  mount -t proc proc "$(LTS_ROOT)/proc"; mount -t tmpfs -o mode=1777 shm "$(LTS_ROOT)/dev/shm"; \
  exec chroot "$(LTS_ROOT)" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen \
    $(if $(LTS_HOST_CA),PIP_CERT=/etc/ssl/host-ca-certificates.crt) /bin/sh -ec "$(1)"'

lts-chroot: $(LTS_ROOT)/.lts-done

$(LTS_ROOT)/.debootstrap-done:
	@command -v debootstrap >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq debootstrap; }
	@echo "Building a Debian $(LTS_SUITE) chroot in $(LTS_ROOT) from $(LTS_MIRROR) (first use only)"
	$(SUDO) rm -rf $(LTS_ROOT) && mkdir -p $(dir $(LTS_ROOT))
	$(SUDO) debootstrap --variant=minbase $(LTS_SUITE) $(LTS_ROOT) $(LTS_MIRROR)
	@touch $@

$(LTS_ROOT)/.lts-done: $(LTS_ROOT)/.debootstrap-done
	$(SUDO) cp -L /etc/resolv.conf $(LTS_ROOT)/etc/resolv.conf
	$(call lts_run,apt-get -o Acquire::Check-Valid-Until=false update -qq && apt-get install -y -qq $(LTS_APT_PACKAGES))
	@touch $@

test-lts: $(LTS_ROOT)/.lts-done
	$(SUDO) rm -rf $(LTS_ROOT)$(LTS_SRC) && $(SUDO) mkdir -p $(LTS_ROOT)$(LTS_SRC)
	$(if $(LTS_HOST_CA),$(SUDO) cp -L $(LTS_HOST_CA) $(LTS_ROOT)/etc/ssl/host-ca-certificates.crt)
	$(if $(LTS_REF),git archive $(LTS_REF),git ls-files -z --cached --others --exclude-standard | \
	  tar --null --ignore-failed-read -T - -cf -) | $(SUDO) tar -C $(LTS_ROOT)$(LTS_SRC) -xf -
	@echo "Testing $(if $(LTS_REF),$(LTS_REF) ($$(git rev-parse --short $(LTS_REF))),the working tree) on $(LTS_SUITE)"
	$(call lts_run,cd $(LTS_SRC) && git init -q && git add -A && python3 -c \"import qgis.core as c; print(c.Qgis.QGIS_VERSION)\" && \
	  make --no-print-directory pytest VENV=$(LTS_VENV) BUILD=$(LTS_BUILD) PYTEST_QGIS=$(LTS_PYTEST_QGIS))

# -- qgis_process with an isolated profile ---------------------------------------------------------
qgis-process-setup: deps | $(XDG_RUNTIME_DIR)
	@mkdir -p $(PROFILE) $(PLUGINS)
	@ln -sfn $(CURDIR) $(PLUGINS)/strukturbild
	@$(QGIS_PROCESS) plugins enable strukturbild >/dev/null 2>&1 || true

# -- the demo ------------------------------------------------------------------------------------------
demo: qgis-process-setup translations
	@mkdir -p $(OUT)
	$(PYTHON) demo/build_demo.py --without-border-bands $(DEMO_GPKG)
	$(QGIS_PROCESS) run strukturbild:borderzones -- REGIONS='demo/data/admin.gpkg|layername=lan' REGION_ID_FIELD=code \
	  SELECTION=05,06,08 BORDER=0 BANDS=10,25 MODE=0 POPULATION='demo/data/tatorter.gpkg|layername=tatorter' \
	  POPULATION_FIELD=pop OUTPUT=$(BUILD)/demo_gransbygd_km.gpkg
	$(QGIS_PROCESS) run strukturbild:habitatnetwork -- PATCHES='$(DEMO_GPKG)|layername=gronstruktur' \
	  PATCH_ID_FIELD=namn DISTANCE=5000 PROBABILITY=0.5 MIN_PROBABILITY=0.1 \
	  OUTPUT_PATCHES=$(BUILD)/demo_habitat_patches.gpkg OUTPUT_LINKS=$(BUILD)/demo_gront_samband.gpkg
	$(QGIS_PROCESS) run strukturbild:assemblemap -- \
	  STRUKTURBILD=$(DEMO_GPKG) LAYERS=$(BUILD)/demo_gront_samband.gpkg \
	  LAYERS=$(BUILD)/demo_gransbygd_km.gpkg \
	  TEMPLATE=A3_landscape \
	  TITLE="Strukturbild för gränsbygden" \
	  SUBTITLE="Östergötland, Jönköpings län och Kalmar län – noder, stråk och funktionella samband" \
	  SOURCES="SCB (kommuner, län, tätorter 2020, lokala arbetsmarknader 2022), Naturvårdsverket (skyddad natur, ofullständigt urval). Stråk är illustrativa; gröna samband är ett habitatnätverk mellan dessa områden (5 km spridningsavstånd); gränsbygd 10 och 25 km från de gemensamma länsgränserna." \
	  EXTENT_LAYER=$(DEMO_GPKG)'|layername=administrativ_indelning' \
	  EXTENT_FILTER="\"adm_niva\" = 'lan' AND \"kod\" IN ('05', '06', '08')" \
	  OUTPUT=$(CURDIR)/$(OUT)/strukturbild_demo.pdf
	@echo "Demo map: $(OUT)/strukturbild_demo.pdf"
	$(QGIS_PROCESS) run strukturbild:borderzones -- REGIONS='demo/data/admin.gpkg|layername=lan' REGION_ID_FIELD=code \
	  SELECTION=05,06,08 BORDER=0 BANDS=15,30,45 MODE=1 DEFAULT_SPEED=70 DETOUR_FACTOR=1.3 \
	  POPULATION='demo/data/tatorter.gpkg|layername=tatorter' POPULATION_FIELD=pop \
	  OUTPUT=$(BUILD)/demo_gransbygd_45min.gpkg
	$(QGIS_PROCESS) run strukturbild:assemblemap -- \
	  LAYERS='$(DEMO_GPKG)|layername=administrativ_indelning' LAYERS='$(DEMO_GPKG)|layername=nod' \
	  LAYERS=$(BUILD)/demo_gransbygd_45min.gpkg TEMPLATE=A4_portrait \
	  TITLE="Gränsbygden inom 45 minuter" \
	  SUBTITLE="Uppskattad restid från länsgränserna: fågelvägen × 1,3 i 70 km/h" \
	  SOURCES="SCB län och kommuner 2024, tätorter 2020; utan vägnät är restiden en uppskattning" \
	  EXTENT_LAYER='$(DEMO_GPKG)|layername=administrativ_indelning' \
	  EXTENT_FILTER="\"adm_niva\" = 'lan' AND \"kod\" IN ('05', '06', '08')" \
	  OUTPUT=$(CURDIR)/$(OUT)/strukturbild_gransbygd_45min.pdf
	@echo "Demo map: $(OUT)/strukturbild_gransbygd_45min.pdf"
	$(QGIS_PROCESS) run strukturbild:areaprofile -- AREAS=$(BUILD)/demo_gransbygd_km.gpkg AREA_ID_FIELD=zon \
	  POPULATION='demo/data/tatorter.gpkg|layername=tatorter' POPULATION_FIELD=pop \
	  TATORTER='demo/data/tatorter.gpkg|layername=tatorter' TATORT_POPULATION_FIELD=pop TOWN_SIZES=3000,10000,50000 \
	  MINUTES=45 DEFAULT_SPEED=70 DETOUR_FACTOR=1.3 OUTPUT=$(BUILD)/demo_gransbygd_profil.gpkg \
	  OUTPUT_REPORT=$(CURDIR)/$(OUT)/gransbygd_profil.html
	@echo "Area profile: $(OUT)/gransbygd_profil.html"
	$(MAKE) --no-print-directory demo-norrbotten
	$(MAKE) --no-print-directory demo-landsbygd
	$(MAKE) --no-print-directory demo-linkoping
	$(MAKE) --no-print-directory demo-web
	$(MAKE) --no-print-directory demo-publish
	$(MAKE) --no-print-directory demo-contributions

# The web map of the first demo: the same layers and cartography as out/strukturbild_demo.pdf, linked to it, in
# out/web/strukturbild_demo/ (open index.html from the folder, or serve it); with Chromium installed (`make test`
# installs it) also a screenshot, out/web/strukturbild_webmap.png, the README's picture.
WEB_OUT := $(OUT)/web/strukturbild_demo
demo-web: qgis-process-setup translations
	@test -f $(DEMO_GPKG) -a -f $(BUILD)/demo_gront_samband.gpkg -a -f $(BUILD)/demo_gransbygd_km.gpkg || \
	  { echo "demo-web exports the layers of the first demo map: run 'make demo'"; exit 1; }
	$(QGIS_PROCESS) run strukturbild:exportwebmap -- \
	  STRUKTURBILD=$(DEMO_GPKG) LAYERS=$(BUILD)/demo_gront_samband.gpkg LAYERS=$(BUILD)/demo_gransbygd_km.gpkg \
	  TITLE="Strukturbild för gränsbygden" \
	  SUBTITLE="Östergötland, Jönköpings län och Kalmar län – noder, stråk och funktionella samband" \
	  SOURCES="SCB (kommuner, län, tätorter 2020, lokala arbetsmarknader 2022), Naturvårdsverket (skyddad natur, ofullständigt urval). Stråk är illustrativa; gröna samband är ett habitatnätverk mellan dessa områden (5 km spridningsavstånd); gränsbygd 10 och 25 km från de gemensamma länsgränserna." \
	  EXTENT_LAYER=$(DEMO_GPKG)'|layername=administrativ_indelning' \
	  EXTENT_FILTER="\"adm_niva\" = 'lan' AND \"kod\" IN ('05', '06', '08')" \
	  $(if $(wildcard $(OUT)/strukturbild_demo.pdf),PDF=$(CURDIR)/$(OUT)/strukturbild_demo.pdf) \
	  OUTPUT_FOLDER=$(CURDIR)/$(WEB_OUT)
	@echo "Web map: $(WEB_OUT)/index.html"
	$(VPY) tests/test_exportwebmap_browser.py $(WEB_OUT)/index.html $(OUT)/web/strukturbild_webmap.png

# The third demo: rural typology of the three border counties on a 2.5 km grid. No county-wide road network is
# available offline, so the travel time to tätorter > 3,000 is the straight-line estimate, and the map says so.
LB := $(BUILD)/landsbygd
demo-landsbygd: qgis-process-setup translations
	@mkdir -p $(OUT) $(LB)
	$(QGIS_PROCESS) run native:extractbyexpression -- INPUT='$(DEMO_GPKG)|layername=administrativ_indelning' \
	  EXPRESSION="\"adm_niva\" = 'lan' AND \"kod\" IN ('05', '06', '08')" OUTPUT=$(LB)/lan.gpkg >/dev/null
	$(QGIS_PROCESS) run native:creategrid -- TYPE=2 EXTENT=$(LB)/lan.gpkg HSPACING=2500 VSPACING=2500 \
	  HOVERLAY=0 VOVERLAY=0 CRS=EPSG:3006 OUTPUT=$(LB)/grid_all.gpkg >/dev/null
	$(QGIS_PROCESS) run native:extractbylocation -- INPUT=$(LB)/grid_all.gpkg PREDICATE=0 INTERSECT=$(LB)/lan.gpkg \
	  OUTPUT=$(LB)/grid.gpkg >/dev/null
	$(QGIS_PROCESS) run strukturbild:ruraltypology -- INPUT=$(LB)/grid.gpkg \
	  TATORTER='demo/data/tatorter.gpkg|layername=tatorter' TATORT_POPULATION_FIELD=pop TOWN_SIZE=3000 MINUTES=45 \
	  DEFAULT_SPEED=70 DETOUR_FACTOR=1.3 OUTPUT=$(LB)/landsbygdstypologi.gpkg
	$(QGIS_PROCESS) run strukturbild:assemblemap -- \
	  LAYERS='$(DEMO_GPKG)|layername=administrativ_indelning' LAYERS='$(DEMO_GPKG)|layername=nod' \
	  LAYERS=$(LB)/landsbygdstypologi.gpkg TEMPLATE=A4_portrait \
	  TITLE="Landsbygdstypologi i gränsbygden" \
	  SUBTITLE="Restid med bil till tätort > 3 000 invånare: uppskattad fågelvägen × 1,3 i 70 km/h" \
	  SOURCES="SCB tätorter 2020 (även grannlänens), kommun- och länsgränser 2024; restiden är en uppskattning utan vägnät" \
	  EXTENT_LAYER=$(LB)/lan.gpkg OUTPUT=$(CURDIR)/$(OUT)/strukturbild_landsbygd.pdf
	@echo "Demo map: $(OUT)/strukturbild_landsbygd.pdf"
	$(QGIS_PROCESS) run native:extractbyexpression -- INPUT='demo/data/tatorter.gpkg|layername=tatorter' \
	  EXPRESSION='"pop" > 3000' OUTPUT=$(LB)/tatorter_over_3000.gpkg >/dev/null
	$(QGIS_PROCESS) run strukturbild:traveltime -- ORIGINS=$(LB)/grid.gpkg DESTINATIONS=$(LB)/tatorter_over_3000.gpkg \
	  DESTINATION_ID_FIELD=name MEASURE=0 DEFAULT_SPEED=70 DETOUR_FACTOR=1.3 OUTPUT=$(LB)/restid_till_tatort.gpkg
	$(QGIS_PROCESS) run strukturbild:assemblemap -- \
	  LAYERS='$(DEMO_GPKG)|layername=administrativ_indelning' LAYERS='$(DEMO_GPKG)|layername=nod' \
	  LAYERS=$(LB)/restid_till_tatort.gpkg TEMPLATE=A4_portrait \
	  TITLE="Restid till tätort med över 3 000 invånare" \
	  SUBTITLE="Gränsbygden i 2,5 km-rutor: uppskattad fågelvägen × 1,3 i 70 km/h" \
	  SOURCES="SCB tätorter 2020 (även grannlänens), kommun- och länsgränser 2024; restiden är en uppskattning utan vägnät" \
	  EXTENT_LAYER=$(LB)/lan.gpkg OUTPUT=$(CURDIR)/$(OUT)/strukturbild_restid_tatort.pdf
	@echo "Demo map: $(OUT)/strukturbild_restid_tatort.pdf"

# The fourth demo: travel time by car over a real road network, at city scale. demo/data/linkoping_osm.gpkg is the
# OSM car-road network of central Linköping (ODbL, see demo/data/SOURCE.md); the destination is Stora torget.
# Ways without maxspeed are 92 % unnamed service roads and parking aisles: 20 km/h, the plugin's default for
# highway=service (the copy has no highway field). A 200 m grid cell gets a time only if a road passes within 150 m
# of its centre (MAX_SNAP, about half the cell's diagonal). The cells (restid.gpkg) carry their minute classes as
# their own style, which assemblemap draws; the isochrones (isokroner.gpkg, nadda_vagar.gpkg) are left beside them.
LK := $(BUILD)/linkoping
LK_ROADS := demo/data/linkoping_osm.gpkg
LK_CENTRE := demo/data/linkoping_centrum.geojson
LK_KOMMUNER = demo/data/admin.gpkg|layername=kommuner|subset=\"lan_code\" = '05'
LK_ROAD_PARAMETERS := NETWORK=$(LK_ROADS) DEFAULT_SPEED=20 DESTINATIONS=$(LK_CENTRE) DESTINATION_ID_FIELD=namn
demo-linkoping: qgis-process-setup translations
	@rm -rf $(LK) && mkdir -p $(OUT) $(LK)
	$(QGIS_PROCESS) run native:creategrid -- TYPE=2 EXTENT=$(LK_ROADS) HSPACING=200 VSPACING=200 \
	  HOVERLAY=0 VOVERLAY=0 CRS=EPSG:3006 OUTPUT=$(LK)/rutnat.gpkg >/dev/null
	$(QGIS_PROCESS) run strukturbild:servicearea -- $(LK_ROAD_PARAMETERS) BREAKS=2,4,6,8 BUFFER=100 \
	  OUTPUT=$(LK)/isokroner.gpkg OUTPUT_EDGES=$(LK)/nadda_vagar.gpkg
	$(QGIS_PROCESS) run strukturbild:traveltime -- $(LK_ROAD_PARAMETERS) ORIGINS=$(LK)/rutnat.gpkg MEASURE=0 \
	  MAX_SNAP=150 OUTPUT=$(LK)/restid.gpkg
	$(QGIS_PROCESS) run native:fieldcalculator -- INPUT=$(LK_ROADS) FIELD_NAME=trafikslag FIELD_TYPE=2 \
	  FIELD_LENGTH=10 FORMULA="'vag'" OUTPUT=$(LK)/transportinfrastruktur.gpkg >/dev/null
	$(QGIS_PROCESS) run native:fieldcalculator -- INPUT="$(LK_KOMMUNER)" FIELD_NAME=adm_niva FIELD_TYPE=2 \
	  FIELD_LENGTH=10 FORMULA="'kommun'" OUTPUT=$(LK)/administrativ_indelning.gpkg >/dev/null
	$(QGIS_PROCESS) run strukturbild:assemblemap -- LAYERS=$(LK)/administrativ_indelning.gpkg \
	  LAYERS=$(LK)/restid.gpkg LAYERS=$(LK)/transportinfrastruktur.gpkg LAYERS=$(LK_CENTRE) TEMPLATE=A4_portrait \
	  TITLE="Restid med bil till Stora torget" \
	  SUBTITLE="Centrala Linköping i 200 m-rutor; OSM-vägnätet i skyltad hastighet" \
	  SOURCES="© OpenStreetMap-bidragsgivare (ODbL), vägnät omkring 2020–2021; SCB (kommungränser 2024)" \
	  EXTENT_LAYER=$(LK_ROADS) OUTPUT=$(CURDIR)/$(OUT)/strukturbild_linkoping.pdf
	@echo "Demo map: $(OUT)/strukturbild_linkoping.pdf"

# The second demo: commuting flow lines and LA regions for Norrbotten from SCB's BAS matrix 2022,
# made by the Processing algorithms and drawn by the same assembler.
NB := $(BUILD)/norrbotten
NB_KOMMUNER = $(NB)/base.gpkg|layername=administrativ_indelning|subset=\"adm_niva\" = 'kommun'
NB_FLOWS := demo/data/norrbotten_pendling_2022.csv
demo-norrbotten: qgis-process-setup translations
	@mkdir -p $(OUT) $(NB)
	$(PYTHON) demo/build_demo.py --norrbotten $(NB)/base.gpkg
	$(QGIS_PROCESS) run strukturbild:functionalregions -- ZONES="$(NB_KOMMUNER)" ZONE_ID_FIELD=kod \
	  ZONE_NAME_FIELD=namn FLOWS=$(NB_FLOWS) ORIGIN_FIELD=residence_code DESTINATION_FIELD=workplace_code \
	  VALUE_FIELD=employed METHOD=0 OUTPUT_MEMBERSHIP=$(NB)/la_kommuner.gpkg OUTPUT_REGIONS=$(NB)/la_regioner.gpkg \
	  OUTPUT_REPORT=$(CURDIR)/$(OUT)/norrbotten_la_rapport.html
	$(QGIS_PROCESS) run strukturbild:flowlines -- ZONES="$(NB_KOMMUNER)" ZONE_ID_FIELD=kod ZONE_NAME_FIELD=namn \
	  FLOWS=$(NB_FLOWS) ORIGIN_FIELD=residence_code DESTINATION_FIELD=workplace_code VALUE_FIELD=employed \
	  MODE=0 MIN_VALUE=100 CURVED=true OUTPUT=$(NB)/pendlingsfloden.gpkg
	$(QGIS_PROCESS) run strukturbild:assemblemap -- \
	  LAYERS='$(NB)/base.gpkg|layername=administrativ_indelning' LAYERS='$(NB)/base.gpkg|layername=nod' \
	  LAYERS=$(NB)/la_regioner.gpkg LAYERS=$(NB)/pendlingsfloden.gpkg \
	  TEMPLATE=A4_portrait \
	  TITLE="Norrbotten: pendling 2022" \
	  SUBTITLE="Flöden om minst 100 personer och LA-regioner ur samma matris" \
	  SOURCES="SCB BAS 2022 (ArRegPend2; pendling ut ur länet saknas), SCB tätorter 2020, gränser 2024" \
	  EXTENT_LAYER='$(NB)/base.gpkg|layername=administrativ_indelning' EXTENT_FILTER="\"adm_niva\" = 'lan' AND \"kod\" = '25'" \
	  OUTPUT=$(CURDIR)/$(OUT)/strukturbild_norrbotten.pdf
	@echo "Demo map: $(OUT)/strukturbild_norrbotten.pdf"

# The published project: the first demo map's strukturbild, green links and border bands as a QGIS project for QGIS
# Server or Lizmap (strukturbild:publishproject). out/projekt/ holds everything the server needs: the project and,
# in strukturbild_demo_data/, copies of the GeoPackages it reads (relative paths): copy the folder as it is. Try it
# with `qgis_mapserver -p out/projekt/strukturbild_demo.qgz 127.0.0.1:8000` and a WMS client at that address.
PUBLISHED := $(OUT)/projekt/strukturbild_demo.qgz
demo-publish: qgis-process-setup translations
	@test -f $(DEMO_GPKG) -a -f $(BUILD)/demo_gront_samband.gpkg -a -f $(BUILD)/demo_gransbygd_km.gpkg || \
	  { echo "demo-publish publishes the layers of the first demo map: run 'make demo'"; exit 1; }
	@mkdir -p $(dir $(PUBLISHED))
	$(QGIS_PROCESS) run strukturbild:publishproject -- STRUKTURBILD=$(DEMO_GPKG) \
	  LAYERS=$(BUILD)/demo_gront_samband.gpkg LAYERS=$(BUILD)/demo_gransbygd_km.gpkg \
	  TITLE="Strukturbild för gränsbygden" \
	  ABSTRACT="Östergötland, Jönköpings län och Kalmar län: noder, stråk, funktionella samband, grönstruktur och gränsbygd (demo)." \
	  ORGANIZATION="Strukturbild (demo)" \
	  SOURCES="SCB (kommuner, län, tätorter 2020, lokala arbetsmarknader 2022), Naturvårdsverket (skyddad natur, ofullständigt urval). Stråk är illustrativa." \
	  OUTPUT=$(CURDIR)/$(PUBLISHED)
	@echo "Published project: $(PUBLISHED) (data in $(OUT)/projekt/strukturbild_demo_data/)"

# The fifth demo: a contributions round for the three län (strukturbild:contributionpackage, validatestrukturbild,
# mergecontributions). demo/make_contributions.py plays the län: Östergötland edits its package with care, Jönköping
# sends it back unchanged, Kalmar makes mistakes (a node level outside the list, an invalid outline, an interchange in
# the wrong län, a copied id) and sends a corrected file later, merged in a second round with the first as BASE. Both
# län draw on their common border, which the merge reports as conflicts. Reports and checks in out/, files in build/.
CB := $(BUILD)/bidrag
CB_LAN = demo/data/admin.gpkg|layername=lan|subset=\"code\" IN ('05', '06', '08')
demo-contributions: qgis-process-setup translations
	@rm -rf $(CB) && mkdir -p $(OUT) $(CB)
	$(PYTHON) demo/build_demo.py $(CB)/strukturbild.gpkg
	$(QGIS_PROCESS) run strukturbild:contributionpackage -- STRUKTURBILD=$(CB)/strukturbild.gpkg ZONES="$(CB_LAN)" \
	  ZONE_ID_FIELD=code ZONE_NAME_FIELD=name PLAN_ID=demo OUTPUT_FOLDER=$(CB)/paket
	$(PYTHON) demo/make_contributions.py $(CB)/paket $(CB)/inkommet
	for name in bidrag_05 bidrag_08; do $(QGIS_PROCESS) run strukturbild:validatestrukturbild -- \
	  INPUT=$(CB)/inkommet/$$name.gpkg OUTPUT=$(CURDIR)/$(OUT)/$${name}_kontroll.csv || exit 1; done
	$(QGIS_PROCESS) run strukturbild:mergecontributions -- CONTRIBUTIONS=$(CB)/inkommet/bidrag_05.gpkg \
	  CONTRIBUTIONS=$(CB)/inkommet/bidrag_06.gpkg CONTRIBUTIONS=$(CB)/inkommet/bidrag_08.gpkg \
	  OUTPUT=$(CB)/strukturbild_omgang1.gpkg OUTPUT_REPORT=$(CURDIR)/$(OUT)/bidrag_omgang1.html
	$(QGIS_PROCESS) run strukturbild:validatestrukturbild -- INPUT=$(CB)/inkommet/bidrag_08_rattad.gpkg \
	  OUTPUT=$(CURDIR)/$(OUT)/bidrag_08_rattad_kontroll.csv
	$(QGIS_PROCESS) run strukturbild:mergecontributions -- CONTRIBUTIONS=$(CB)/inkommet/bidrag_08_rattad.gpkg \
	  BASE=$(CB)/strukturbild_omgang1.gpkg OUTPUT=$(CB)/strukturbild_omgang2.gpkg \
	  OUTPUT_REPORT=$(CURDIR)/$(OUT)/bidrag_omgang2.html
	@echo "Contributions round: $(OUT)/bidrag_omgang1.html, $(OUT)/bidrag_omgang2.html; checks in $(OUT)/bidrag_*_kontroll.csv"

# -- benchmarks ------------------------------------------------------------------------------------
# bench/bench_pandana.py measures against pandana (contraction hierarchies): the last wheel for Python 3.11 that runs
# on Debian 12's numpy 1.24 (pandana 0.8 wants numpy >= 1.26), installed without its dependencies: of those only
# scikit-learn is imported (its KDTree maps points to nodes), pinned here with its own two; pandas is the API's;
# PyTables (HDF5 files) and requests (OSM downloads) are not used. A stamp of its own, so that an existing venv gets it.
BENCH_PACKAGES := 'scikit-learn==1.5.2' 'joblib==1.4.2' 'threadpoolctl==3.5.0'
$(VENV)/.bench-done: $(VENV)/.api-done
	$(VPY) -m pip install -q --disable-pip-version-check $(BENCH_PACKAGES)
	$(VPY) -m pip install -q --disable-pip-version-check --no-deps 'pandana==0.7'
	$(VPY) -c "import pandana, sklearn"
	@touch $@

# Every bench/bench_*.py in turn; bench_national.py (5 M segments, 1 M origins) takes several minutes of it.
bench: deps $(VENV)/.bench-done | $(XDG_RUNTIME_DIR)
	@for script in bench/bench_*.py; do echo "== $$script"; $(VPY) $$script || exit 1; done

# -- packaging and development -----------------------------------------------------------------
PACKAGE_FILES = __init__.py metadata.txt LICENSE README.md strukturbild_plugin processing_algorithms styles templates i18n

package: translations
	@rm -rf $(BUILD)/package && mkdir -p $(BUILD)/package/strukturbild dist
	@git ls-files $(PACKAGE_FILES) | grep -v -E '(^|/)build_[a-z_]+\.py$$' | \
	  while read f; do mkdir -p "$(BUILD)/package/strukturbild/$$(dirname $$f)"; cp "$$f" "$(BUILD)/package/strukturbild/$$f"; done
	@cp i18n/*.qm $(BUILD)/package/strukturbild/i18n/
	@cd $(BUILD)/package && rm -f ../../dist/strukturbild.zip && zip -qr ../../dist/strukturbild.zip strukturbild
	@echo "dist/strukturbild.zip"

QGIS_PROFILE_PLUGINS ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins
deploy: translations
	@mkdir -p $(QGIS_PROFILE_PLUGINS)
	ln -sfn $(CURDIR) $(QGIS_PROFILE_PLUGINS)/strukturbild
	@echo "Linked into $(QGIS_PROFILE_PLUGINS); enable 'Strukturbild' in QGIS's plugin manager."

clean:
	rm -rf $(BUILD) $(OUT) dist .pytest-stage

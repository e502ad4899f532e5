"""The exported demo web map in a real browser: headless Chromium (Debian's chromium + chromium-driver, which
`make test` installs) driven by Selenium, from file:// and from a local http.server on 127.0.0.1.

Checked as a person would: no console error, no request outside the folder, a map with ink, a node's popup with its
name, a layer that disappears when switched off, a legend that lists exactly what the GeoPackage holds, search,
the permalink and the language switch.

Run as a script it takes the README's screenshot of an exported folder:
    .venv/bin/python tests/test_exportwebmap_browser.py out/web/strukturbild_demo/index.html \
        demo/strukturbild_webmap.png
"""

import functools
import http.server
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
COUNTIES = "\"adm_niva\" = 'lan' AND \"kod\" IN ('05', '06', '08')"
STYLES = Path(__file__).resolve().parent.parent / "styles"
SEA = (0xdc, 0xe8, 0xf0)
NODE_RED = (0xa3, 0x16, 0x1c)  # regional core
WINDOW = (1400, 900)
CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                  "--disable-default-apps", "--disable-extensions", "--force-device-scale-factor=1",
                  f"--window-size={WINDOW[0]},{WINDOW[1]}")


def start_chromium():
    """A headless Chromium with console and network logging; None when Chromium or Selenium is missing."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        return None
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        return None
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument("--user-data-dir=" + tempfile.mkdtemp(prefix="strukturbild-chromium-"))
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def open_page(driver, url, timeout=30):
    """Load a page with fresh logs and wait until the map has drawn for the first time."""
    driver.get("about:blank")
    driver.get_log("browser")
    driver.get_log("performance")
    driver.get(url)
    deadline = time.time() + timeout
    while time.time() < deadline:
        if driver.execute_script("return document.body && document.body.getAttribute('data-rendered')") == "true":
            return
        time.sleep(0.1)
    raise AssertionError(f"{url} did not draw its map within {timeout} s; console: {driver.get_log('browser')}")


def requested_urls(driver):
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def wait_for(driver, script, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for: {script}")


def screenshot(driver, path):
    from qgis.PyQt.QtGui import QImage

    driver.save_screenshot(str(path))
    image = QImage(str(path))
    assert not image.isNull()
    return image


def map_rect(driver):
    return driver.execute_script("var r = document.getElementById('sb-map').getBoundingClientRect();"
                                 "return [Math.round(r.left), Math.round(r.top), Math.round(r.width),"
                                 " Math.round(r.height)];")


def close(colour, target, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(colour, target))


def pixels(image, rect, step=3):
    left, top, width, height = rect
    for y in range(top, min(top + height, image.height()), step):
        for x in range(left, min(left + width, image.width()), step):
            c = image.pixelColor(x, y)
            yield c.red(), c.green(), c.blue()


def node_pixel(driver, name):
    return driver.execute_script(
        "var name = arguments[0];"
        "var f = strukturbild.api.features('nod').find(function (f) { return f.get('a').namn === name; });"
        "return f ? strukturbild.api.pixelOf(f) : null;", name)


def popup_title(driver):
    return driver.execute_script("return document.querySelector('#sb-popup-content .sb-popup-title').textContent")


def expected_legend(gpkg):
    """{layer: {rule keys with features}} of the demo GeoPackage, from its bundled QML rules evaluated here."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsVectorLayer

    found = {}
    for qml in sorted(STYLES.glob("*.qml")):
        name = qml.stem
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not layer.isValid() or layer.featureCount() == 0:
            continue
        rules = [(r.get("key"), r.get("filter"))
                 for r in ET.parse(qml).getroot().find("renderer-v2").find("rules").findall("rule")]
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        keys = set()
        for feature in layer.getFeatures():
            context.setFeature(feature)
            matched = [key for key, text in rules if text != "ELSE" and QgsExpression(text).evaluate(context)]
            keys.update(matched or [key for key, text in rules if text == "ELSE"])
        found[name] = keys
    return found


# -- fixtures ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def driver():
    browser = start_chromium()
    if browser is None:
        message = (f"headless Chromium is not installed ({CHROMIUM}, {CHROMEDRIVER}, selenium): `make test` "
                   "installs Debian's chromium and chromium-driver and selenium in the venv")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    yield browser
    browser.quit()


@pytest.fixture(scope="module")
def web_folder(processing_provider, demo_gpkg, tmp_path_factory):
    import processing

    root = tmp_path_factory.mktemp("browser")
    pdf = root / "strukturbild_demo.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    folder = root / "webbkarta med mellanslag"
    processing.run("strukturbild:exportwebmap", {
        "STRUKTURBILD": str(demo_gpkg), "TITLE": "Strukturbild för gränsbygden",
        "SUBTITLE": "Östergötland, Jönköping och Kalmar", "SOURCES": "SCB, Naturvårdsverket",
        "EXTENT_LAYER": f"{demo_gpkg}|layername=administrativ_indelning", "EXTENT_FILTER": COUNTIES,
        "PDF": str(pdf), "OUTPUT_FOLDER": str(folder)})
    return folder


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(web_folder):
    handler = functools.partial(_QuietHandler, directory=str(web_folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def page_url(kind, web_folder, server):
    return (web_folder / "index.html").as_uri() if kind == "file" else server + "index.html"


# -- tests ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["file", "http"])
def test_page_loads_offline_and_asks_for_nothing_outside_its_folder(driver, web_folder, server, kind, tmp_path):
    url = page_url(kind, web_folder, server)
    base = url.rsplit("/", 1)[0] + "/"
    open_page(driver, url)
    # zoom in to a town: the finer levels of detail are loaded then, from the folder too
    driver.execute_script("var v = strukturbild.api.map().getView(); v.setZoom(12.5);")
    wait_for(driver, "return strukturbild.api.lod() === 2 && document.querySelectorAll("
                     "'script[src$=\".2.js\"]').length > 0")
    driver.execute_script("strukturbild.api.map().renderSync();")
    time.sleep(0.5)
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    urls = requested_urls(driver)
    assert url in urls and any(u.endswith("/vendor/ol/ol.js") for u in urls)
    assert any(u.endswith(".2.js") for u in urls), urls
    outside = [u for u in urls if not u.startswith(base)]
    assert outside == []
    assert driver.execute_script("return document.title") == "Strukturbild för gränsbygden"


def test_screenshot_has_ink(driver, web_folder, tmp_path):
    open_page(driver, (web_folder / "index.html").as_uri())
    image = screenshot(driver, tmp_path / "map.png")
    colours = list(pixels(image, map_rect(driver)))
    sea = sum(close(c, SEA, 6) for c in colours)
    white = sum(c == (255, 255, 255) for c in colours)
    inked = len(colours) - sea - white
    assert inked / len(colours) > 0.35  # land, areas, corridors, flows and nodes: much of the counties' view
    assert sea / len(colours) > 0.02  # the Baltic behind the administrative layer
    assert sum(close(c, NODE_RED, 30) for c in colours) > 20  # regional cores are drawn
    assert sum(close(c, (0x6a, 0x51, 0xa3), 30) for c in colours) > 20  # commuting flows are drawn


def test_clicking_a_node_opens_its_popup(driver, web_folder):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    open_page(driver, (web_folder / "index.html").as_uri())
    x, y = node_pixel(driver, "Linköping")
    element = driver.find_element(By.ID, "sb-map")
    size = element.size
    ActionChains(driver).move_to_element_with_offset(element, round(x - size["width"] / 2),
                                                     round(y - size["height"] / 2)).click().perform()
    wait_for(driver, "return !document.getElementById('sb-popup').hidden")
    text = driver.execute_script("return document.getElementById('sb-popup-content').innerText")
    assert popup_title(driver) == "Linköping" and text.startswith("Linköping")
    assert "Regional kärna" in text  # the class and the coded nodniva in words, under the field's Swedish alias
    assert "Nodnivå" in text and "Vägledning" in text and "Utveckla" in text
    driver.find_element(By.ID, "sb-popup-close").click()
    # labels keep QGIS's priorities when they compete for room: a regional core's before a local node's
    z_index = ("var name = arguments[0]; var layer = strukturbild.api.layer('nod');"
               "var f = strukturbild.api.features('nod').find(function (f) { return f.get('a').namn === name; });"
               "return layer.getStyleFunction()(f, 100).filter(function (s) { return s.getText(); })[0].getZIndex();")
    assert driver.execute_script(z_index, "Linköping") > driver.execute_script(z_index, "Mantorp")
    assert driver.execute_script("return document.getElementById('sb-popup').hidden")


def test_toggling_a_layer_hides_it(driver, web_folder, tmp_path):
    from selenium.webdriver.common.by import By

    open_page(driver, (web_folder / "index.html").as_uri())
    x, y = node_pixel(driver, "Linköping")
    left, top, _, _ = map_rect(driver)
    around = (left + round(x) - 12, top + round(y) - 12, 24, 24)
    before = sum(close(c, NODE_RED, 30) for c in pixels(screenshot(driver, tmp_path / "a.png"), around, 1))
    assert before > 40
    driver.find_element(By.CSS_SELECTOR, "input[type=checkbox][data-layer='nod']").click()
    assert driver.execute_script("return strukturbild.api.layer('nod').getVisible()") is False
    driver.execute_script("strukturbild.api.map().renderSync();")
    after = sum(close(c, NODE_RED, 30) for c in pixels(screenshot(driver, tmp_path / "b.png"), around, 1))
    assert after == 0
    assert "hide=nod" in wait_for(driver, "return location.hash.indexOf('hide=nod') > 0 && location.hash")


def test_legend_lists_exactly_the_elements_present(driver, web_folder, demo_gpkg):
    from selenium.webdriver.common.by import By

    open_page(driver, (web_folder / "index.html").as_uri())
    shown = {}
    for block in driver.find_elements(By.CSS_SELECTOR, "#sb-legend-body .sb-layer"):
        keys = {item.get_attribute("data-class") for item in block.find_elements(By.CSS_SELECTOR, ".sb-class")}
        shown[block.get_attribute("data-layer")] = keys
    assert shown == expected_legend(demo_gpkg)
    labels = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".sb-layer[data-layer='nod'] .sb-class-label")]
    assert labels[0] == "Regional kärna" and "Teckenförklaring" == driver.find_element(By.ID, "sb-legend-title").text
    groups = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".sb-group-title")]
    assert groups == ["BEBYGGELSE", "KOMMUNIKATIONER", "NATUR OCH FRILUFTSLIV", "BAKGRUND"]
    driver.find_element(By.ID, "sb-lang").click()
    assert driver.find_element(By.ID, "sb-legend-title").text == "Legend"
    labels = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".sb-layer[data-layer='nod'] .sb-class-label")]
    assert labels[0] == "Regional core"
    assert driver.find_element(By.ID, "sb-pdf").get_attribute("href").endswith("/strukturbild_demo.pdf")
    assert "Source: SCB, Naturvårdsverket" == driver.find_element(By.ID, "sb-sources").text


def test_search_and_permalink(driver, web_folder):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    url = (web_folder / "index.html").as_uri()
    open_page(driver, url)
    box = driver.find_element(By.ID, "sb-search")
    box.send_keys("linko")
    hits = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#sb-search-results .sb-hit-name")]
    assert hits[0] == "Linköping"
    box.send_keys(Keys.ENTER)
    wait_for(driver, "return !document.getElementById('sb-popup').hidden")
    assert popup_title(driver) == "Linköping"
    link = wait_for(driver, "var m = /map=([0-9.]+)/.exec(location.hash); return m && +m[1] >= 9 && location.hash")
    zoom, lat, lon = (float(v) for v in link.split("map=")[1].split("&")[0].split("/"))
    centre = driver.execute_script("return ol.proj.toLonLat(strukturbild.api.map().getView().getCenter())")
    assert abs(centre[0] - lon) < 1e-4 and abs(centre[1] - lat) < 1e-4  # the link is the view
    x, y = node_pixel(driver, "Linköping")  # zoomed in on Linköping, which is in view
    _, _, width, height = map_rect(driver)
    assert 0 < x < width and 0 < y < height
    open_page(driver, url + "#map=9/57.78/14.16&hide=nod,funktionellt_samband&lang=en")
    assert driver.execute_script("return strukturbild.api.layer('nod').getVisible()") is False
    assert driver.execute_script("return strukturbild.api.layer('gronstruktur').getVisible()") is True
    centre = driver.execute_script("return ol.proj.toLonLat(strukturbild.api.map().getView().getCenter())")
    assert abs(centre[0] - 14.16) < 1e-3 and abs(centre[1] - 57.78) < 1e-3
    assert driver.find_element(By.ID, "sb-legend-title").text == "Legend"
    assert not driver.find_element(By.CSS_SELECTOR, "input[data-layer='nod']").is_selected()


def main(argv):
    """Screenshot of an exported web map (for the README)."""
    if len(argv) != 3:
        print(__doc__)
        return 2
    index, out = Path(argv[1]).resolve(), Path(argv[2])
    browser = start_chromium()
    if browser is None:
        print("Chromium, chromedriver or selenium is missing: no screenshot taken.")
        return 0
    try:
        open_page(browser, index.as_uri())
        time.sleep(0.3)
        out.parent.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(out))
        print(f"{out} ({browser.execute_script('return Math.round(strukturbild.firstRenderMs)')} ms to first render)")
    finally:
        browser.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

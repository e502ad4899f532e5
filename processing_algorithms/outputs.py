"""Every output of one run: checked before anything is written, staged, and moved into place together.

A run's outputs are the user's files. Before the algorithm starts, every destination is checked (not one of the
run's input files, not two outputs in one file, a folder that exists or can be made and can be written). During
the run every output (feature sinks, raster and file outputs alike) is written into a hidden staging folder
beside its destination. Only when the whole run has succeeded are the staged files moved into place; a failed or
cancelled run removes them, so every file that existed before is left byte for byte as it was.

A GeoPackage destination that already holds other layers keeps them: the new layer (named by the ``ogr:dbname=…
table=…`` form, or after the file) is copied into it inside one transaction, replacing only a layer of the same
name. This module imports QGIS only for the few path helpers the base class needs; the GeoPackage copy uses GDAL's
Python bindings, which every QGIS installation ships.
"""

import os
import re
import shutil
import tempfile
import threading
from pathlib import Path
from urllib.parse import unquote

from qgis.PyQt.QtCore import QCoreApplication

_state = threading.local()

# Files that belong to one shapefile (or MapInfo/GML) output besides the one named.
_SIDECARS = {
    ".shp": (".shx", ".dbf", ".prj", ".cpg", ".qpj", ".qix", ".sbn", ".sbx", ".qml"),
    ".tab": (".dat", ".map", ".id", ".ind", ".qml"),
    ".gml": (".xsd", ".gfs", ".qml"),
}
_SQLITE_COMPANIONS = ("-journal", "-wal", "-shm")
_GPKG_SYSTEM_TABLES = {"layer_styles"}


def translate(text):
    return QCoreApplication.translate("OutputTransaction", text)


class OutputError(Exception):
    """An output that cannot be written where the user asked; the message names it and says what to do."""


def active_transaction():
    """The transaction of the run on this thread, or None outside a Strukturbild algorithm."""
    return getattr(_state, "transaction", None)


def set_active_transaction(transaction):
    _state.transaction = transaction


def parse_destination(text):
    """(file path, table or None) for a file destination; None for a memory layer, a database connection or ''.

    Understands plain paths, ``file://`` URLs and QGIS's ``ogr:dbname='…' table="…" (geom)`` form."""
    text = str(text or "").strip()
    if not text or text.startswith("memory:") or text == "TEMPORARY_OUTPUT":
        return None
    if text.startswith("ogr:"):
        dbname = re.search(r"dbname=(?:'((?:[^'\\]|\\.)*)'|(\S+))", text)
        table = re.search(r'table="((?:[^"\\]|\\.)*)"|table=(\S+)', text)
        if not dbname:
            return None
        path = (dbname.group(1) if dbname.group(1) is not None else dbname.group(2)).replace("\\'", "'")
        name = None
        if table:
            name = (table.group(1) if table.group(1) is not None else table.group(2)).replace('\\"', '"')
        return Path(path), name
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\\|/(?!/))", text) and not re.match(r"^[a-zA-Z]:[\\/]", text):
        if text.startswith("file://"):
            return Path(unquote(text[len("file://"):].split("?")[0])), None
        return None  # postgres:, spatialite: ... are not files we stage
    return Path(text.split("|")[0]), None


def source_file(value):
    """(file path, layer name or None) that a layer source string reads from, or None when it is not a file."""
    text = str(value or "").strip()
    if not text or text.startswith("memory"):
        return None
    if text.startswith("file://"):
        return Path(unquote(text[len("file://"):].split("?")[0])), None
    if text.startswith("/vsi"):
        return None
    parts = text.split("|")
    layer = None
    for part in parts[1:]:
        if part.startswith("layername="):
            layer = part[len("layername="):]
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\\|/(?!/))", parts[0]) and not re.match(r"^[a-zA-Z]:[\\/]", parts[0]):
        return None
    return Path(parts[0]), layer


def same_file(a, b):
    """True when two paths name one file (resolving symlinks, case on Windows, hard links)."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(str(a), str(b))
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(str(a))) == os.path.normcase(os.path.realpath(str(b)))


def _family(path):
    """The files one output occupies: the file itself and, for multi-file formats, its sidecars."""
    files = [path]
    for suffix in _SIDECARS.get(path.suffix.lower(), ()):
        files.append(path.with_suffix(suffix))
    if path.suffix.lower() in (".gpkg", ".sqlite"):
        files.extend(Path(str(path) + companion) for companion in _SQLITE_COMPANIONS)
    return files


def gpkg_layer_names(path):
    """Names of the vector and attribute layers in a GeoPackage (styles table excluded); None if unreadable."""
    from osgeo import gdal

    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])
    except RuntimeError:
        return None
    if dataset is None:
        return None
    names = [dataset.GetLayerByIndex(k).GetName() for k in range(dataset.GetLayerCount())]
    dataset = None
    return [name for name in names if name.lower() not in _GPKG_SYSTEM_TABLES]


def _probe_writable(folder):
    """Raise OutputError unless a file can be created in ``folder`` (an existing directory)."""
    try:
        handle, name = tempfile.mkstemp(prefix=".strukturbild-probe-", dir=str(folder))
        os.close(handle)
        os.unlink(name)
    except OSError as error:
        raise OutputError(translate(
            "The folder {folder} cannot be written to ({reason}). Choose an output in a folder you can write to, "
            "or ask for write access.").format(folder=folder, reason=error.strerror or error)) from None


class Staged:
    """One output: where it goes, where it is written meanwhile, and how it is moved into place."""

    def __init__(self, name, destination, table, staging_dir, staged_file, folder=False):
        self.name, self.destination, self.table, self.folder = name, destination, table, folder
        self.staging_dir, self.staged_file = staging_dir, staged_file
        self.staged_id = str(staged_file)
        self.final_id = str(destination) if table is None else f"{destination}|layername={table}"
        self.load = None  # (layer name, project) when Processing is to load the output
        self.post_processor = None  # styles the loaded output


class OutputTransaction:
    """The outputs of one run. ``check`` before the run, ``stage_*`` during it, then ``commit`` or ``discard``."""

    def __init__(self):
        self.staged = []
        self.committed = []
        self.created_dirs = []

    # -- before the run ------------------------------------------------------------------------------------

    def check(self, destinations, inputs, folders=()):
        """Refuse what would destroy data or fail half-way: ``destinations`` is [(label, path, table)] of file
        outputs, ``folders`` [(label, path)] of folder outputs, ``inputs`` [(label, path, layer name or None)] of
        the run's input files (kept: a file written into an output folder must not replace one of them)."""
        self.inputs = list(inputs)
        for label, path in folders:
            if path.exists() and not path.is_dir():
                raise OutputError(translate("The output {output} is {path}, which is a file, not a folder. Choose "
                                            "a folder.").format(output=label, path=path))
            folder = path
            while not folder.exists() and folder != folder.parent:
                folder = folder.parent
            if not folder.is_dir():
                raise OutputError(translate(
                    "The output {output} cannot be written: {folder} is a file, not a folder. Choose another "
                    "location.").format(output=label, folder=folder))
            _probe_writable(folder)
        seen = []
        for label, path, table in destinations:
            for other_label, other_path, other_table in seen:
                if same_file(path, other_path) and (table is None or other_table is None or table == other_table):
                    raise OutputError(translate(
                        "The outputs {a} and {b} are both {path}: one would replace the other. Give each output a "
                        "file of its own.").format(a=other_label, b=label, path=path))
            seen.append((label, path, table))
            for input_label, input_path, input_layer in inputs:
                if not same_file(path, input_path):
                    continue
                if table is not None and input_layer is not None and input_layer != table:
                    continue  # a new layer in an input GeoPackage: its other layers are left alone
                raise OutputError(translate(
                    "The output {output} is {path}, which is the input {input}: writing it would replace your "
                    "data. Choose another file for {output}.").format(output=label, path=path, input=input_label))
            if path.is_dir():
                raise OutputError(translate("The output {output} is the folder {path}: give a file name.")
                                  .format(output=label, path=path))
            folder = path.parent
            while not folder.exists() and folder != folder.parent:
                folder = folder.parent
            if not folder.is_dir():
                raise OutputError(translate(
                    "The output {output} cannot be written: {folder} is a file, not a folder. Choose another "
                    "location.").format(output=label, folder=folder))
            _probe_writable(folder)
            if path.exists() and not os.access(str(path), os.W_OK):
                raise OutputError(translate("The output {output} cannot replace {path}: the file is read-only. "
                                            "Choose another file.").format(output=label, path=path))
            if path.exists() and path.suffix.lower() == ".gpkg" and gpkg_layer_names(path) is None:
                raise OutputError(translate(
                    "The output {output} is {path}, which exists but is not a GeoPackage that can be opened. "
                    "Choose another file; it is left as it is.").format(output=label, path=path))

    # -- during the run ----------------------------------------------------------------------------------

    def _staging_dir(self, destination):
        folder = destination.parent
        missing = []
        while not folder.exists():
            missing.append(folder)
            folder = folder.parent
        for path in reversed(missing):
            try:
                path.mkdir()
            except OSError as error:
                raise OutputError(translate("The folder {folder} cannot be created ({reason}). Choose another "
                                            "location.").format(folder=path, reason=error.strerror or error))
            self.created_dirs.append(path)
        try:
            return Path(tempfile.mkdtemp(prefix=".strukturbild-staging-", dir=str(destination.parent)))
        except OSError as error:
            raise OutputError(translate("The folder {folder} cannot be written to ({reason}). Choose an output in a "
                                        "folder you can write to.").format(folder=destination.parent,
                                                                           reason=error.strerror or error))

    def stage(self, name, destination, table=None):
        """The path an output is written to during the run (a vector layer, raster or any file)."""
        destination = Path(destination)
        for staged in self.staged:
            if staged.name == name and staged.destination == destination and staged.table == table:
                return staged
        staging_dir = self._staging_dir(destination)
        file_name = destination.name if table is None else f"{_safe_file_name(table)}.gpkg"
        staged = Staged(name, destination, table, staging_dir, staging_dir / file_name)
        self.staged.append(staged)
        return staged

    def stage_folder(self, name, destination):
        """An empty folder to write a folder output into; its files are moved into ``destination`` (made if
        missing) when the run succeeds, replacing only files of the same name there."""
        destination = Path(destination)
        for staged in self.staged:
            if staged.name == name and staged.folder and staged.destination == destination:
                return staged
        staging_dir = self._staging_dir(destination)
        staged = Staged(name, destination, None, staging_dir, staging_dir / (destination.name or "output"),
                        folder=True)
        staged.staged_file.mkdir()
        self.staged.append(staged)
        return staged

    def find(self, staged_id):
        """The staged output written at ``staged_id`` (a path or a layer source), or None."""
        parsed = parse_destination(str(staged_id))
        if parsed is None:
            return None
        for staged in self.staged:
            if same_file(parsed[0], staged.staged_file):
                return staged
        return None

    def final_path(self, staged_path):
        """The destination a staged file will be moved to (for messages), else the path itself."""
        for staged in self.staged:
            if same_file(Path(staged_path), staged.staged_file):
                return staged.final_id
        return str(staged_path)

    # -- after the run -------------------------------------------------------------------------------------

    def commit(self):
        """Move every staged output into place; on any failure put back what was there. Returns
        {staged id: final id} for the results and the layers Processing loads."""
        mapping, moves, inserts, folders = {}, [], [], []
        for staged in self.staged:
            if not staged.staged_file.exists():
                continue
            mapping[staged.staged_id] = staged.final_id
            if staged.folder:
                for new in staged.staged_file.rglob("*"):
                    target = staged.destination / new.relative_to(staged.staged_file)
                    for input_label, input_path, _ in getattr(self, "inputs", []):
                        if new.is_file() and same_file(target, input_path):
                            raise OutputError(translate(
                                "The output {output} would replace {path}, the input {input}. Choose another "
                                "folder.").format(output=staged.name, path=target, input=input_label))
                    if target.exists() and new.is_file() != target.is_file():
                        raise OutputError(translate(
                            "The output {output} would replace {path}, which is a {kind} there. Choose another "
                            "folder.").format(output=staged.name, path=target,
                                              kind=translate("folder") if target.is_dir() else translate("file")))
                folders.append(staged)
                continue
            destination = staged.destination
            layer = staged.table if staged.table is not None else destination.stem
            if destination.suffix.lower() == ".gpkg" and destination.exists():
                existing = gpkg_layer_names(destination)
                if existing is None:
                    raise OutputError(translate(
                        "{path} exists but is not a GeoPackage that can be opened: {output} was not written and "
                        "the file is left as it is.").format(path=destination, output=staged.name))
                others = [name for name in existing if name != layer]
                # a file output that is a whole GeoPackage of several layers (a strukturbild, a merged one) replaces
                # the file: copying its first layer into the old file would keep every old layer beside it
                written = gpkg_layer_names(staged.staged_file) or []
                whole = staged.table is None and len(written) > 1
                foreign = [name for name in existing if name not in written]
                if whole and foreign:
                    # ... but never a GeoPackage that holds layers of someone else's
                    raise OutputError(translate(
                        "{path} holds layers that {output} does not write ({layers}): it is left as it is. Choose a "
                        "new file for {output}.").format(path=destination, output=staged.name,
                                                         layers=", ".join(foreign[:8])))
                if not whole and (others or staged.table is not None):
                    staged.final_id = f"{destination}|layername={layer}"
                    mapping[staged.staged_id] = staged.final_id
                    inserts.append((staged, layer))
                    continue
            elif staged.table is not None:
                staged.final_id = f"{destination}|layername={layer}"
                mapping[staged.staged_id] = staged.final_id
            moves.append(staged)

        done = []  # (destination, backup or None) of files moved so far, to undo on failure
        try:
            for staged in moves:
                backup_dir = staged.staging_dir / ".previous"
                backup_dir.mkdir(exist_ok=True)
                for old in _family(staged.destination):
                    if old.exists():
                        backup = backup_dir / old.name
                        os.replace(str(old), str(backup))
                        done.append((old, backup))
                for new in sorted(staged.staging_dir.iterdir()):
                    if new.is_file():
                        target = staged.destination.parent / (
                            staged.destination.name if new == staged.staged_file else
                            staged.destination.stem + new.name[len(staged.staged_file.stem):])
                        os.replace(str(new), str(target))
                        done.append((target, None))
            for staged in folders:
                backup_dir = staged.staging_dir / ".previous"
                for new in sorted(staged.staged_file.rglob("*")):
                    target = staged.destination / new.relative_to(staged.staged_file)
                    if new.is_dir():
                        if not target.exists():
                            target.mkdir(parents=True)
                            done.append((target, "folder"))
                        continue
                    if not target.parent.exists():
                        target.parent.mkdir(parents=True)
                        done.append((target.parent, "folder"))
                    if target.exists():
                        backup = backup_dir / new.relative_to(staged.staged_file)
                        backup.parent.mkdir(parents=True, exist_ok=True)
                        os.replace(str(target), str(backup))
                        done.append((target, backup))
                    os.replace(str(new), str(target))
                    done.append((target, None))
            for staged, layer in inserts:
                _copy_layer_into(staged.staged_file, layer, staged.destination)
        except (OSError, OutputError, RuntimeError) as error:
            for path, backup in reversed(done):
                try:
                    if backup == "folder":
                        path.rmdir()
                    elif backup is None:
                        path.unlink()
                    else:
                        os.replace(str(backup), str(path))
                except OSError:
                    pass
            self.discard()
            if isinstance(error, OutputError):
                raise
            raise OutputError(translate("The outputs could not be moved into place ({reason}); the files that "
                                        "were there are as they were.").format(reason=error)) from None
        self.committed = [staged for staged in self.staged if staged.staged_id in mapping]
        self._remove_staging()
        return mapping

    def discard(self):
        """Remove every staged file and the folders this run created: as if the run had not happened."""
        self._remove_staging()
        for folder in reversed(self.created_dirs):
            try:
                folder.rmdir()
            except OSError:
                pass
        self.created_dirs = []

    def _remove_staging(self):
        for staged in self.staged:
            shutil.rmtree(str(staged.staging_dir), ignore_errors=True)
        self.staged = []


def _safe_file_name(name):
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(". ")
    return cleaned or "layer"


def _copy_layer_into(source_gpkg, layer_name, destination_gpkg):
    """Copy the single layer of ``source_gpkg`` into ``destination_gpkg`` as ``layer_name`` (replacing a layer of
    that name), with its saved styles, in one transaction: the GeoPackage's other layers are left alone."""
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    source = gdal.OpenEx(str(source_gpkg), gdal.OF_VECTOR | gdal.OF_READONLY)
    target = gdal.OpenEx(str(destination_gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
    if source is None or target is None:
        raise OutputError(translate("{path} could not be opened to add the layer {layer}.")
                          .format(path=destination_gpkg, layer=layer_name))
    data_layers = [source.GetLayerByIndex(k) for k in range(source.GetLayerCount())
                   if source.GetLayerByIndex(k).GetName().lower() not in _GPKG_SYSTEM_TABLES]
    new_layer = data_layers[0]
    old_name = new_layer.GetName()
    target.StartTransaction(force=True)
    try:
        for k in range(target.GetLayerCount()):
            if target.GetLayerByIndex(k).GetName() == layer_name:
                target.DeleteLayer(k)
                break
        _copy_rows(new_layer, target, layer_name)
        styles = source.GetLayerByName("layer_styles")
        if styles is not None and styles.GetFeatureCount() > 0:
            target_styles = target.GetLayerByName("layer_styles")
            if target_styles is None:
                target_styles = _copy_rows(styles, target, "layer_styles", rows=False)
            else:
                quoted = layer_name.replace("'", "''")
                target.ExecuteSQL(f"DELETE FROM layer_styles WHERE f_table_name = '{quoted}'")
            styles.ResetReading()
            for feature in styles:
                if feature.GetField("f_table_name") != old_name:
                    continue
                row = ogr.Feature(target_styles.GetLayerDefn())
                for index in range(feature.GetFieldCount()):
                    key = feature.GetFieldDefnRef(index).GetName()
                    if target_styles.GetLayerDefn().GetFieldIndex(key) >= 0:
                        row.SetField(key, feature.GetField(index))
                row.SetField("f_table_name", layer_name)
                target_styles.CreateFeature(row)
        target.CommitTransaction()
    except Exception:
        target.RollbackTransaction()
        raise
    finally:
        target = None
        source = None


def _copy_rows(source_layer, target, name, rows=True):
    """A new layer ``name`` in the open ``target`` dataset with the fields, geometry and (``rows``) features of
    ``source_layer``. Feature by feature rather than CopyLayer, which opens a transaction of its own."""
    from osgeo import ogr

    options = ["FID=" + (source_layer.GetFIDColumn() or "fid")]
    if source_layer.GetGeomType() != ogr.wkbNone:
        options.append("GEOMETRY_NAME=" + (source_layer.GetGeometryColumn() or "geom"))
    layer = target.CreateLayer(name, srs=source_layer.GetSpatialRef(), geom_type=source_layer.GetGeomType(),
                               options=options)
    definition = source_layer.GetLayerDefn()
    for index in range(definition.GetFieldCount()):
        layer.CreateField(definition.GetFieldDefn(index))
    if rows:
        source_layer.ResetReading()
        for feature in source_layer:
            row = ogr.Feature(layer.GetLayerDefn())
            row.SetFrom(feature)
            row.SetFID(feature.GetFID())
            layer.CreateFeature(row)
    return layer

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>first open of the day</source>
        <translation>primera apertura del día</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>archivo dañado apartado</translation>
    </message>
    <message>
        <source>before upgrade to schema {version}</source>
        <translation>antes de actualizar al esquema {version}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>the backup of {taken}</source>
        <translation>la copia de seguridad del {taken}</translation>
    </message>
    <message>
        <source>the file {file}</source>
        <translation>el archivo {file}</translation>
    </message>
    <message>
        <source>It holds {entries} audit entries.</source>
        <translation>Contiene {entries} entradas del registro de auditoría.</translation>
    </message>
    <message>
        <source>It holds {entries} audit entries; restoring it drops 1 entry of the current log.</source>
        <translation>Contiene {entries} entradas del registro de auditoría; restaurarla descarta 1 entrada del registro actual.</translation>
    </message>
    <message>
        <source>It holds {entries} audit entries; restoring it drops {drops} entries of the current log.</source>
        <translation>Contiene {entries} entradas del registro de auditoría; restaurarla descarta {drops} entradas del registro actual.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Replace the content of {workspace} with {backup}?

{effect} What the workspace holds now is backed up first, and the restore is recorded in the audit log.</source>
        <translation>¿Reemplazar el contenido de {workspace} por {backup}?

{effect} Lo que el espacio de trabajo contiene ahora se respalda primero, y la restauración queda anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Restore anyway?</source>
        <translation>¿Restaurar de todos modos?</translation>
    </message>
    <message>
        <source>{file} is not an ordinary backup of {workspace}:</source>
        <translation>{file} no es una copia de seguridad ordinaria de {workspace}:</translation>
    </message>
    <message>
        <source>Restoring it anyway overrides exactly this, and the audit log records that it did.</source>
        <translation>Restaurarla de todos modos pasa por alto exactamente esto, y el registro de auditoría lo deja anotado.</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Restaurar de todos modos</translation>
    </message>
    <message>
        <source>Restore {workspace} from a backup</source>
        <translation>Restaurar {workspace} desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Taken (local time)</source>
        <translation>Tomada (hora local)</translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>why the backup was taken (first open of the day, before an import...)</extracomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Tamaño (KB)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>No backup is restored from this folder: {reason}.</source>
        <translation>No se restaura ninguna copia de seguridad desde esta carpeta: {reason}.</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first. A backup is checked before it is restored: it must be of this workspace, intact by its own audit log, and a past state of the current log. Restoring replaces the workspace's content; what it holds now is backed up first.</source>
        <translation>Copias de seguridad en {folder}, la más reciente primero. Cada copia se verifica antes de restaurarla: debe ser de este espacio de trabajo, estar íntegra según su propio registro de auditoría y ser un estado anterior del registro actual. Restaurar reemplaza el contenido del espacio de trabajo; lo que contiene ahora se respalda primero.</translation>
    </message>
    <message>
        <source>No backups of {workspace} yet.</source>
        <translation>Aún no hay copias de seguridad de {workspace}.</translation>
    </message>
    <message>
        <source>1 file named as a backup but dated later than now is not listed: Reserve Desk did not take it, and never restores it.</source>
        <translation>1 archivo con nombre de copia de seguridad pero fechado después de ahora no se muestra: Reserve Desk no lo creó y nunca lo restaura.</translation>
    </message>
    <message>
        <source>{count} files named as a backup but dated later than now are not listed: Reserve Desk did not take them, and never restores them.</source>
        <translation>{count} archivos con nombre de copia de seguridad pero fechados después de ahora no se muestran: Reserve Desk no los creó y nunca los restaura.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>The backup could not be checked: {error}</source>
        <translation>No se pudo verificar la copia de seguridad: {error}</translation>
    </message>
</context>
</TS>

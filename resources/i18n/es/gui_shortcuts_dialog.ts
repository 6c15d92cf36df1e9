<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next or previous control; a table is one stop</source>
        <translation>Control siguiente o anterior; una tabla es una sola parada</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Move inside a table, a list or a chart's options</source>
        <translation>Moverse dentro de una tabla, una lista o las opciones de un gráfico</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+letra</translation>
    </message>
    <message>
        <source>Open a menu by its underlined letter</source>
        <translation>Abrir un menú por su letra subrayada</translation>
    </message>
    <message>
        <source>In a date field: a day / a month later or earlier</source>
        <translation>En un campo de fecha: un día / un mes después o antes</translation>
    </message>
    <message>
        <source>In a date field: the calendar</source>
        <translation>En un campo de fecha: el calendario</translation>
    </message>
    <message>
        <source>In a table: open or edit the selected row where the tab allows it</source>
        <translation>En una tabla: abrir o editar la fila seleccionada donde la pestaña lo permite</translation>
    </message>
    <message>
        <source>Close a dialog without changing anything</source>
        <translation>Cerrar un diálogo sin cambiar nada</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Every action of the menus is also reachable with Alt and the underlined letters.</source>
        <translation>Cada acción de los menús también se alcanza con Alt y las letras subrayadas.</translation>
    </message>
</context>
</TS>

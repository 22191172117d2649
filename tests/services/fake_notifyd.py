"""A strict fake freedesktop notification server, run by test_notifier.

Written with GDBus (system Python's PyGObject), like GNOME Shell and dunst: a call
whose argument types differ from susssasa{sv}i is refused, as those servers do.
"""

import sys

from gi.repository import Gio, GLib

XML = """<node><interface name="org.freedesktop.Notifications">
<method name="Notify"><arg type="s" direction="in"/><arg type="u" direction="in"/>
<arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="s" direction="in"/>
<arg type="as" direction="in"/><arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
<arg type="u" direction="out"/></method>
</interface></node>"""


def call(conn, sender, path, iface, method, params, invocation):
    with open(sys.argv[1], "a", encoding="utf-8") as out:
        out.write(repr(params.unpack()) + "\n")
    invocation.return_value(GLib.Variant("(u)", (1,)))


node = Gio.DBusNodeInfo.new_for_xml(XML)


def on_bus(conn, name):
    conn.register_object("/org/freedesktop/Notifications", node.interfaces[0], call,
                         None, None)


Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.Notifications", 0, on_bus,
                 None, None)
GLib.MainLoop().run()

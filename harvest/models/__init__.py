from .stamps import RecordStamp

__all__ = ["RecordStamp"]

"""torch.from_numpy shares memory with the array; torch.tensor copies it."""
import numpy as np
import torch

array = np.arange(4, dtype=np.float32)
shared = torch.from_numpy(array)
copied = torch.tensor(array)

array[0] = 100  # change the NumPy array in place ...
print(shared)  # ... and the shared tensor sees it
print(copied)  # the copy does not
print(shared.numpy() is array, np.shares_memory(shared.numpy(), array))  # (1)!

"""Reproducible initial values: the initializer's seed decides, not tf.random.set_seed."""
import numpy as np
import tensorflow as tf
from tensorflow.keras import initializers

a = initializers.GlorotNormal(seed=42)(shape=(2, 3))
b = initializers.GlorotNormal(seed=42)(shape=(2, 3))
print("seed=42, two initializers:", a.numpy()[0].round(4), b.numpy()[0].round(4))

tf.random.set_seed(0)
a = initializers.GlorotNormal()(shape=(2, 3))
tf.random.set_seed(0)
b = initializers.GlorotNormal()(shape=(2, 3))
print("tf.random.set_seed only, same values:", np.array_equal(a, b))

tf.keras.utils.set_random_seed(0)  # seeds Python's random, NumPy and TensorFlow
a = initializers.GlorotNormal()(shape=(2, 3))
tf.keras.utils.set_random_seed(0)
b = initializers.GlorotNormal()(shape=(2, 3))
print("tf.keras.utils.set_random_seed:", a.numpy()[0].round(4), b.numpy()[0].round(4))

init = initializers.GlorotNormal(seed=42)  # ONE initializer object ...
dense1 = tf.keras.layers.Dense(3, kernel_initializer=init)
dense2 = tf.keras.layers.Dense(3, kernel_initializer=init)  # ... shared by two layers
dense1.build((None, 4))
dense2.build((None, 4))
print("one object, two layers:", dense1.kernel.numpy()[0].round(4), dense2.kernel.numpy()[0].round(4))

init = initializers.GlorotNormal(seed=tf.keras.random.SeedGenerator(42))  # a new draw per call
print("SeedGenerator, two calls:", init(shape=(2, 3)).numpy()[0].round(4), init(shape=(2, 3)).numpy()[0].round(4))
